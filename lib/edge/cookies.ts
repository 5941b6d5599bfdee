// Cookie names and attributes, shared by the edge middleware and the node route handlers so both
// sides always agree on what the browser holds.

// Inlined at build time in both bundles, so the edge and node sides can never disagree.
const secure = process.env.NODE_ENV === 'production'

// `__Host-` makes the browser refuse the cookie unless it is Secure, Path=/ and has no Domain:
// no subdomain can plant or overwrite it. Browsers accept it over HTTPS; Chromium and Firefox
// also on http://localhost, Safari not (WebKit bug 281149), hence plain names in development.
const prefix = secure ? '__Host-' : ''

// Every response that sets, clears or depends on these cookies: no shared cache (a CDN, a
// corporate proxy) may keep it, or one user's tokens would be served to the next.
export const PRIVATE_NO_STORE = 'private, no-store'

export const COOKIES = {
  access: `${prefix}cf_access`,
  refresh: `${prefix}cf_refresh`
} as const

/** A cookie name with the production prefix, for cookies of your own with the same rules. */
export const cookieName = (base: string) => `${prefix}${base}`

export interface CookieOptions {
  httpOnly: true
  secure: boolean
  sameSite: 'lax'
  path: '/'
  maxAge: number
}

// HttpOnly: page scripts (and XSS) cannot read tokens. SameSite=Lax: not sent on cross-site
// subresource requests or POSTs, still sent when a user follows a link to the demo.
export function cookieOptions(maxAge: number): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge }
}

// Both `cookies()` (server actions, route handlers) and `NextResponse#cookies` have this shape.
export interface CookieWriter {
  set(name: string, value: string, options: CookieOptions): unknown
}

export function writeAuthCookies(jar: CookieWriter, tokens: { access: { token: string }; refresh: string; refreshMaxAge: number }) {
  // The access cookie outlives its JWT on purpose: an expired token still names its session,
  // which is what lets the server tell "needs a refresh" from "signed out".
  jar.set(COOKIES.access, tokens.access.token, cookieOptions(tokens.refreshMaxAge))
  jar.set(COOKIES.refresh, tokens.refresh, cookieOptions(tokens.refreshMaxAge))
}

// Deleting needs the same attributes as setting: a browser ignores a `__Host-` Set-Cookie that
// is not Secure, so a bare `cookies().delete(name)` would leave the token in place.
export function clearAuthCookies(jar: CookieWriter, names: { access: string; refresh: string } = COOKIES) {
  jar.set(names.access, '', cookieOptions(0))
  jar.set(names.refresh, '', cookieOptions(0))
}
