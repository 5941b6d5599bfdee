import { checkAccessToken } from '@/lib/edge/access-token'
import { COOKIES } from '@/lib/edge/cookies'
import { checkIdpAccessToken } from '@/lib/edge/idp/access-token'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import type { Issuer } from '@/lib/demo/edge/issuer'

// Which access token a reader of this request saw: the demo shows that every reader (cookies(),
// headers(), a route handler, a server action) sees the one the middleware just refreshed.

/** The token's id (`jti`) if it is authentic, expired or not; null for none or a forged one. */
export async function jtiOf(token: string | undefined, issuer: Issuer = 'app'): Promise<string | null> {
  const check = issuer === 'provider' ? await checkIdpAccessToken(token) : await checkAccessToken(token)
  return check.status === 'valid' || check.status === 'expired' ? check.claims.jti : null
}

/** The access cookie in a raw `cookie` request header, as `headers().get('cookie')` returns it. */
export function accessCookieIn(header: string | null, issuer: Issuer = 'app'): string | undefined {
  const name = issuer === 'provider' ? IDP_COOKIES.access : COOKIES.access
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}
