import { decodeJwt, decodeProtectedHeader } from 'jose'
import { COOKIES, cookieOptions } from '@/lib/edge/cookies'
import { idpConfig } from '@/lib/edge/idp/config'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { CLOCK_TOLERANCE_S, JWT_ALG, JWT_AUDIENCE, JWT_ISSUER } from '@/lib/edge/jwt-config'
import { FLOW_COOKIE } from '../edge/flows'
import type { Issuer } from '../edge/issuer'
import { PREVIOUS_REFRESH_COOKIE } from './previous-refresh'

// What each party holds, for the dashboard: the browser's cookies (names and attributes, never a
// value), the access token decoded, and what the server checks it against. The browser hides
// HttpOnly cookies from page scripts, so the server tells: the request shows which it sent.

export interface Holdings {
  cookies: { name: string; sent: boolean; attributes: string }[]
  /** Decoded, not verified: the middleware and the page verify it. */
  accessToken: { header: Record<string, unknown>; claims: Record<string, unknown> } | null
  expects: { algorithms: string[]; issuer: string; audience: string; clockToleranceS: number }
}

function attributes(): string {
  const o = cookieOptions(0)
  return ['HttpOnly', o.secure && 'Secure', 'SameSite=Lax', `Path=${o.path}`].filter(Boolean).join('; ')
}

function decoded(token: string | undefined): Holdings['accessToken'] {
  if (!token) return null
  try {
    return { header: { ...decodeProtectedHeader(token) }, claims: { ...decodeJwt(token) } }
  } catch {
    return null // not a JWT: nothing to show
  }
}

export function holdingsOf(cookie: (name: string) => string | undefined, issuer: Issuer): Holdings {
  const names = issuer === 'provider' ? [IDP_COOKIES.access, IDP_COOKIES.refresh, FLOW_COOKIE] : [COOKIES.access, COOKIES.refresh, FLOW_COOKIE, PREVIOUS_REFRESH_COOKIE]
  const provider = issuer === 'provider' ? idpConfig() : null
  return {
    cookies: names.map((name) => ({ name, sent: cookie(name) !== undefined, attributes: attributes() })),
    accessToken: decoded(cookie(issuer === 'provider' ? IDP_COOKIES.access : COOKIES.access)),
    expects: provider
      ? { algorithms: provider.algorithms, issuer: provider.issuer, audience: provider.audience, clockToleranceS: CLOCK_TOLERANCE_S }
      : { algorithms: [JWT_ALG], issuer: JWT_ISSUER, audience: JWT_AUDIENCE, clockToleranceS: CLOCK_TOLERANCE_S }
  }
}
