import { checkAccessToken } from '@/lib/edge/access-token'
import { COOKIES } from '@/lib/edge/cookies'

// Which access token a reader of this request saw: the demo shows that every reader (cookies(),
// headers(), a route handler, a server action) sees the one the middleware just refreshed.

/** The token's id (`jti`) if it is ours, expired or not; null for none or a forged one. */
export async function jtiOf(token: string | undefined): Promise<string | null> {
  const check = await checkAccessToken(token)
  return check.status === 'valid' || check.status === 'expired' ? check.claims.jti : null
}

/** The access cookie in a raw `cookie` request header, as `headers().get('cookie')` returns it. */
export function accessCookieIn(header: string | null): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === COOKIES.access) return part.slice(at + 1).trim()
  }
  return undefined
}
