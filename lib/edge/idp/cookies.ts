import { cookieName, cookieOptions, type CookieWriter } from '../cookies'

// The provider's tokens, kept by this app (a backend for the frontend): the browser holds them in
// HttpOnly cookies, never in script. Their own names, so a provider session and one this app
// signed never stand in for each other.
export const IDP_COOKIES = {
  access: cookieName('cf_idp_access'),
  refresh: cookieName('cf_idp_refresh')
} as const

// Providers seldom say how long a refresh token lives; the cookie keeps it this long at most.
export const IDP_COOKIE_MAX_AGE = 24 * 60 * 60

export function writeIdpCookies(jar: CookieWriter, tokens: { access: string; refresh: string }) {
  jar.set(IDP_COOKIES.access, tokens.access, cookieOptions(IDP_COOKIE_MAX_AGE))
  jar.set(IDP_COOKIES.refresh, tokens.refresh, cookieOptions(IDP_COOKIE_MAX_AGE))
}
