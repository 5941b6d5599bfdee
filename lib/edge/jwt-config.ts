// What every access token must say about itself. Pinned here, verified on every request:
// a token for another app (issuer/audience) or with another algorithm is not ours.
export const JWT_ALG = 'ES256'
export const JWT_ISSUER = 'cookie-flow'
export const JWT_AUDIENCE = 'cookie-flow-demo'
// A little slack for clocks between instances; kept small because demo tokens live seconds.
export const CLOCK_TOLERANCE_S = 1
// A cookie this long is not one of ours; refuse it before parsing.
export const MAX_TOKEN_LENGTH = 4096

export const KEY_HELP = 'Generate a pair with `npm run keys` (prints AUTH_PRIVATE_KEY and AUTH_PUBLIC_KEY lines for your env).'

// Env files and hosting dashboards often store a PEM on one line with literal "\n".
export function normalizePem(value: string): string {
  return value.replace(/\\n/g, '\n').trim()
}
