import { ConfigError } from '../errors'

// Where the identity provider is and who this app is to it: read from the environment once, and
// all or nothing (a half-configured provider is a typo, not a choice). Without IDP_ISSUER the app
// has no provider and signs its own tokens.

export interface IdpConfig {
  issuer: string
  clientId: string
  clientSecret: string
  /** The callback, as registered at the provider: configured, never built from a request. */
  redirectUri: string
  /** The API the access tokens are for: their `aud` must name it (RFC 9068 §4). */
  audience: string
  /** What sign-in asks for; offline_access is what gets a refresh token from most providers. */
  scope: string
  /** The signing algorithms accepted for access tokens: pinned, never taken from a token's header. */
  algorithms: string[]
}

// Asymmetric only: with a shared-secret algorithm (HS256) or "none", whoever knows the secret, or
// nobody, could mint tokens that pass.
const SIGNING_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']

const REQUIRED = ['IDP_ISSUER', 'IDP_CLIENT_ID', 'IDP_CLIENT_SECRET', 'IDP_REDIRECT_URI', 'IDP_AUDIENCE'] as const

// Tokens and the client secret travel to the provider: in the clear only on this machine.
export function isHttpsOrLoopback(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
}

export function parseIdpConfig(env: Record<string, string | undefined>): IdpConfig | null {
  if (!env.IDP_ISSUER) return null
  const missing = REQUIRED.filter((name) => !env[name])
  if (missing.length) throw new ConfigError(`IDP_ISSUER is set, so ${missing.join(', ')} must be too.`)
  for (const name of ['IDP_ISSUER', 'IDP_REDIRECT_URI'] as const) {
    if (!isHttpsOrLoopback(env[name]!)) throw new ConfigError(`${name} must be an https URL (or http on this machine: localhost, 127.0.0.1), got "${env[name]}".`)
  }
  const algorithms = (env.IDP_ALGORITHMS || 'ES256,RS256').split(',').map((a) => a.trim()).filter(Boolean)
  const refused = algorithms.filter((a) => !SIGNING_ALGORITHMS.includes(a))
  if (refused.length) throw new ConfigError(`IDP_ALGORITHMS may list only ${SIGNING_ALGORITHMS.join(', ')}; got ${refused.join(', ')}.`)
  return {
    issuer: env.IDP_ISSUER,
    clientId: env.IDP_CLIENT_ID!,
    clientSecret: env.IDP_CLIENT_SECRET!,
    redirectUri: env.IDP_REDIRECT_URI!,
    audience: env.IDP_AUDIENCE!,
    scope: env.IDP_SCOPE || 'openid profile offline_access',
    algorithms
  }
}

let cached: IdpConfig | null | undefined
export function idpConfig(): IdpConfig | null {
  if (cached === undefined) cached = parseIdpConfig(process.env)
  return cached
}
