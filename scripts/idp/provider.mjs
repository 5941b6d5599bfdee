// A real OpenID provider beside the app, for the demo and the tests of "tokens from an identity
// provider": oidc-provider configured as configuration.mjs says, its sign-in form
// (interactions.mjs), and the test-only admin routes (admin.mjs), on 127.0.0.1 only. Its state
// (sessions, grants, refresh tokens) is in memory (store.mjs): it lasts as long as this process.
//
//   node scripts/idp/provider.mjs        (npm run idp; settings: settings.mjs, README)
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { calculateJwkThumbprint } from 'jose'
import Provider from 'oidc-provider'
import { adminRoutes } from './admin.mjs'
import { providerConfiguration } from './configuration.mjs'
import { sendJson } from './http.mjs'
import { handleInteraction } from './interactions.mjs'
import { idpSettings } from './settings.mjs'

/**
 * A fresh P-256 key as a private JWK, named by its RFC 7638 thumbprint. Generated at every start:
 * nothing here outlives the process, so no key is ever written down.
 */
async function newSigningKey() {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' })
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'ES256', use: 'sig' }
}

/**
 * An oidc-provider instance takes its keys once, when built. To rotate, this builds another one
 * with the new key in front (it signs) and the old ones behind it (still published, for the tokens
 * they signed): the reload oidc-provider's docs recommend for key rotation. Sessions, grants and
 * refresh tokens are in store.mjs, which every instance in this process shares, and the cookie
 * keys stay the same, so nobody is signed out by a rotation.
 * @param {import('./settings.mjs').IdpSettings} settings
 * @param {ReturnType<typeof newStats>} stats
 */
async function rotatingProvider(settings, stats) {
  const signingKeys = [await newSigningKey()]
  const cookieKeys = [randomBytes(32).toString('base64url')]
  const build = () => {
    const provider = new Provider(settings.issuer, providerConfiguration(settings, { signingKeys, cookieKeys }))
    // Its own errors reach the client as "server_error" only; the details belong in this log.
    provider.on('server_error', (_ctx, error) => console.error('[idp] server error:', error))
    // A refresh token's reuse (or a sign-out) revokes a whole grant: worth a line when it happens.
    provider.on('grant.revoked', (_ctx, grantId) => console.log(`[idp] grant ${grantId} revoked`))
    // What the admin stats count: each token endpoint answer, by grant type and outcome.
    provider.on('grant.success', (ctx) => stats.grant(ctx.oidc.params?.grant_type, 'success'))
    provider.on('grant.error', (ctx, error) => stats.grant(ctx.oidc?.params?.grant_type, error.error ?? 'error'))
    return { provider, handle: provider.callback() }
  }
  const holder = { current: build() }
  return {
    holder,
    async rotate() {
      signingKeys.unshift(await newSigningKey())
      holder.current = build()
      const kids = signingKeys.map((key) => key.kid)
      console.log(`[idp] signing with key ${kids[0]}; JWKS: ${kids.join(', ')}`)
      return { kid: kids[0], kids }
    }
  }
}

/** Counts of what the provider answered, for GET /__admin/stats. */
function newStats() {
  /** @type {Record<string, Record<string, number>>} */
  const grants = {}
  return {
    grants,
    jwksFetches: 0,
    revocations: 0,
    /** @param {unknown} type @param {string} outcome */
    grant(type, outcome) {
      const byOutcome = (grants[String(type ?? 'unknown')] ??= {})
      byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1
    }
  }
}

/**
 * Listens on 127.0.0.1:<port>. Each request goes to the admin routes (when enabled), the sign-in
 * form, or oidc-provider; during an outage the token endpoint answers 503 instead.
 * @param {import('./settings.mjs').IdpSettings} settings
 * @returns {Promise<import('node:http').Server>}
 */
async function startProvider(settings) {
  const stats = newStats()
  const { holder, rotate } = await rotatingProvider(settings, stats)
  let outage = false
  const admin = adminRoutes(settings.adminToken, { rotateKeys: rotate, setOutage: (on) => (outage = on), stats: () => stats })
  const server = createServer(async (req, res) => {
    const { provider, handle } = holder.current
    const { pathname } = new URL(req.url ?? '/', settings.issuer)
    try {
      if (admin && (await admin(req, res, pathname))) return
      if (await handleInteraction(provider, req, res, pathname)) return
      if (pathname === provider.pathFor('jwks')) stats.jwksFetches++
      if (pathname === provider.pathFor('revocation')) stats.revocations++
      if (outage && pathname === provider.pathFor('token')) {
        sendJson(res, 503, { error: 'temporarily_unavailable', error_description: 'outage (POST /__admin/outage)' }, { 'retry-after': '1' })
        return
      }
      await handle(req, res)
    } catch (error) {
      console.error('[idp] request failed:', error)
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' })
      else res.destroy()
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: nothing but this machine has any business with a demo provider.
    server.listen(settings.port, '127.0.0.1', () => resolve(server))
  })
}

/** @type {import('./settings.mjs').IdpSettings} */
let settings
try {
  settings = idpSettings()
} catch (error) {
  console.error(`[idp] not started: ${error.message}`)
  process.exit(1)
}
await startProvider(settings).then(
  () => {
    console.log(`[idp] OpenID provider: ${settings.issuer}/.well-known/openid-configuration`)
    if (settings.adminToken) console.log('[idp] admin routes enabled: POST /__admin/rotate-keys, /__admin/outage')
  },
  (error) => {
    console.error(`[idp] could not listen on 127.0.0.1:${settings.port}: ${error.message}`)
    process.exit(1)
  }
)
