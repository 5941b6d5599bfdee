// @ts-check
// The identity provider (scripts/idp/provider.mjs) as its own process on a loopback port, for the
// tests and `npm run dev`: started, waited for, stopped by stopAll() like every other server here.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { freePort, tracked, waitFor } from './lifecycle.mjs'

// From the working directory (the repo root), as NEXT_BIN is: Playwright cannot compile import.meta.
const PROVIDER = join(process.cwd(), 'scripts', 'idp', 'provider.mjs')

/**
 * @typedef {object} IdpServer
 * @property {string} issuer http://127.0.0.1:<port>, where it listens; the `iss` of its tokens
 * @property {(action: 'rotate-keys' | 'outage', body?: unknown) => Promise<any>} admin POSTs to
 *   /__admin/<action> with the IDP_ADMIN_TOKEN it was started with; its JSON answer
 * @property {() => Promise<IdpStats>} stats what it has answered so far (GET /__admin/stats)
 * @property {() => string} output all it printed so far
 * @property {() => Promise<void>} stop
 */

/**
 * Where the e2e suite runs its identity provider: fixed, since the build puts the provider's
 * origin in its Content-Security-Policy (form-action), as an app's build must (see next.config.mjs).
 * @param {Record<string, string | undefined>} [env]
 */
export function e2eIdpPort(env = process.env) {
  return Number(env.E2E_IDP_PORT ?? Number(env.E2E_PORT ?? 3100) + 2)
}

/**
 * @typedef {object} IdpStats
 * @property {Record<string, Record<string, number>>} grants token endpoint answers by grant_type, then
 *   outcome: "success" or the OAuth error ("invalid_grant"…)
 * @property {number} jwksFetches
 * @property {number} revocations
 */

/**
 * The provider with `env` added to ours (IDP_* settings: see scripts/idp/settings.mjs), on
 * env.IDP_PORT or else a free port; ready once its discovery document answers.
 * @param {Record<string, string>} [env]
 * @param {{ echo?: boolean }} [options] echo: also print what it prints (npm run dev)
 * @returns {Promise<IdpServer>}
 */
export async function startIdp(env = {}, { echo = false } = {}) {
  const port = env.IDP_PORT ?? String(await freePort())
  const child = spawn(process.execPath, [PROVIDER], {
    env: { ...process.env, ...env, IDP_PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, as next's (./next.mjs): stop() signals the whole group
  })
  let log = ''
  for (const [stream, out] of /** @type {const} */ ([[child.stdout, process.stdout], [child.stderr, process.stderr]])) {
    stream.on('data', (chunk) => {
      log += chunk
      if (echo) out.write(chunk)
    })
  }
  const ended = () => child.exitCode !== null || child.signalCode !== null
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = tracked(async () => {
    if (!ended()) process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM')
    await exited
  })
  const issuer = `http://127.0.0.1:${port}`
  try {
    // A provider that refuses its settings or finds its port taken exits at once: say so then, not after the timeout.
    await waitFor(async () => ended() || (await fetch(`${issuer}/.well-known/openid-configuration`)).ok, `the identity provider on port ${port}`)
    if (ended()) throw new Error(`the identity provider exited (code ${child.exitCode ?? child.signalCode})`)
  } catch (error) {
    await stop()
    throw new Error(`${/** @type {Error} */ (error).message}\n${log}`)
  }
  return {
    issuer,
    async admin(action, body) {
      const token = env.IDP_ADMIN_TOKEN
      if (!token) throw new Error('start the identity provider with IDP_ADMIN_TOKEN to use its admin routes')
      const response = await fetch(`${issuer}/__admin/${action}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {})
      })
      if (!response.ok) throw new Error(`/__admin/${action} answered ${response.status}: ${await response.text()}`)
      return response.json()
    },
    async stats() {
      const response = await fetch(`${issuer}/__admin/stats`, { headers: { authorization: `Bearer ${env.IDP_ADMIN_TOKEN}` } })
      if (!response.ok) throw new Error(`/__admin/stats answered ${response.status}: ${await response.text()}`)
      return response.json()
    },
    output: () => log,
    stop
  }
}
