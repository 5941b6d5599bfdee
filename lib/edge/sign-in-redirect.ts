import { NextResponse, type NextRequest } from 'next/server'
import { clearAuthCookies, PRIVATE_NO_STORE } from './cookies'
import { LOGIN_PATH } from './protocol'

/**
 * Sends the browser to the sign-in page with a reason code it can show, dropping the dead tokens.
 * Only a code travels (the page shows its own text for known codes), never a message.
 */
export function signInRedirect(req: NextRequest, reason: string, cookies?: { access: string; refresh: string }): NextResponse {
  const url = new URL(LOGIN_PATH, req.url)
  url.searchParams.set('reason', /^[a-z_]{1,40}$/.test(reason) ? reason : 'session_revoked')
  url.searchParams.set('return_to', req.nextUrl.pathname + req.nextUrl.search)
  const res = NextResponse.redirect(url, 303)
  res.headers.set('cache-control', PRIVATE_NO_STORE)
  clearAuthCookies(res.cookies, cookies)
  return res
}

/** The refresh could not happen (store, route or provider unreachable): say so, keep the cookies, let the browser retry. */
export function refreshUnavailable(): NextResponse {
  return new NextResponse('The session could not be refreshed right now: the session store, the refresh route or the identity provider is unavailable. Your session is intact: retry in a few seconds.', {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2', 'cache-control': PRIVATE_NO_STORE }
  })
}
