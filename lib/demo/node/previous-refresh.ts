import { cookieName, cookieOptions } from '@/lib/edge/cookies'

// The lab's "replay the previous refresh token" needs that token, and the server keeps only
// hashes. So when the demo's refresh route rotates a token, it hands the browser the one just
// replaced, in a cookie of its own: HttpOnly like the others, and worth nothing once the grace
// window has passed but the reuse detection it sets off. Demo only: an app keeps no such cookie.
export const PREVIOUS_REFRESH_COOKIE = cookieName('cf_demo_previous_refresh')

/** The Set-Cookie line that keeps `token` as the previous refresh token, for `maxAge` seconds. */
export function keepPreviousRefresh(headers: Headers, token: string, maxAge: number) {
  const { secure } = cookieOptions(maxAge)
  headers.append('set-cookie', `${PREVIOUS_REFRESH_COOKIE}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`)
}
