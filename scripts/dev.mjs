// `npm run dev`: prepares what a fresh checkout lacks (a local key pair), then runs `next dev`.
import { spawn } from 'node:child_process'
import { renderDiagrams } from './diagrams/render.mjs'
import { ensureEnvLocal } from './keys.mjs'
import { startPreviewServer } from './preview-server.mjs'
import { localPreviewUrl } from './preview-url.mjs'
import { startIdp, stopAll } from './servers.mjs'
import { packStarter } from './starter/pack.mjs'

if (await ensureEnvLocal()) console.log('[dev] wrote a fresh signing key pair to .env.local')

// A diagram edited since the last `npm run diagrams` has no picture yet, and its page would not build.
await renderDiagrams({ log: (line) => console.log(`[dev] ${line}`) }).catch((error) => console.warn(`[dev] diagrams not drawn: ${error.message}`))

// The recipes' download (public/starter/), from the recipes as they are now.
packStarter()

// Sandboxes work offline: serve their preview host beside Next, unless one is configured.
if (!process.env.NEXT_PUBLIC_SANDPACK_PREVIEW_URL) {
  const port = Number(process.env.SANDPACK_PREVIEW_PORT ?? 3001)
  process.env.NEXT_PUBLIC_SANDPACK_PREVIEW_URL = localPreviewUrl(port)
  await startPreviewServer({ port }).then(
    () => console.log(`Sandbox previews: ${localPreviewUrl(port)}/`),
    (error) => console.warn(`Sandbox preview server not started on port ${port}: ${error.message}`)
  )
}

// The demo's identity provider (scripts/idp) in its own process beside Next, unless the app is
// pointed at another one (IDP_ISSUER set). Both sides get the settings that must agree: the
// client's secret and where the provider may send the browser back to.
if (!process.env.IDP_ISSUER) {
  const appPort = nextPort(process.argv.slice(2))
  const callback = `http://localhost:${appPort}/api/auth/idp/callback`
  const secret = process.env.IDP_CLIENT_SECRET || 'cookie-flow-dev-secret'
  await startIdp({ IDP_PORT: process.env.IDP_PORT || '3002', IDP_CLIENT_SECRET: secret, IDP_REDIRECT_URIS: callback }, { echo: true }).then(
    (idp) => {
      Object.assign(process.env, {
        IDP_ISSUER: idp.issuer,
        IDP_CLIENT_ID: 'cookie-flow',
        IDP_CLIENT_SECRET: secret,
        IDP_REDIRECT_URI: callback,
        IDP_AUDIENCE: 'urn:cookie-flow:api'
      })
      console.log(`Identity provider: ${idp.issuer}/ (sign in as demo / demo)`)
    },
    // Its own output, echoed above, says why; the first line is enough here.
    (error) => console.warn(`Identity provider not started: ${error.message.split('\n')[0]}`)
  )
}

const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })

/** The port `next dev` will listen on: its -p/--port argument, else PORT, else 3000. */
function nextPort(args) {
  const at = args.findIndex((a) => a === '-p' || a === '--port')
  return (at >= 0 && args[at + 1]) || process.env.PORT || '3000'
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
// The provider runs in its own process group, out of reach of the terminal's Ctrl-C: stop it here.
next.on('exit', (code) => stopAll().finally(() => process.exit(code ?? 0)))
