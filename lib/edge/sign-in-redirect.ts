import { NextResponse, type NextRequest } from 'next/server'
import { clearAuthCookies, cookieOptions, COOKIES, PRIVATE_NO_STORE } from './cookies'
import { parseReason, type SignInReason } from './reasons'

export const LOGIN_PATH = '/demo/login'

/** Sends the browser to the login page with a reason it can show, dropping the dead tokens. */
export function signInRedirect(req: NextRequest, reason: SignInReason | string): NextResponse {
  const url = new URL(LOGIN_PATH, req.url)
  url.searchParams.set('reason', parseReason(reason) ?? 'session_revoked')
  url.searchParams.set('return_to', req.nextUrl.pathname + req.nextUrl.search)
  const res = NextResponse.redirect(url, 303)
  res.headers.set('cache-control', PRIVATE_NO_STORE)
  clearAuthCookies(res.cookies)
  if (reason === 'unknown_flow') res.cookies.set(COOKIES.flow, '', cookieOptions(0))
  return res
}

/** The refresh could not happen (store or route unreachable): say so, keep the cookies, let the browser retry. */
export function refreshUnavailable(): NextResponse {
  return new NextResponse('The session could not be refreshed right now: the session store or the refresh route is unavailable. Your session is intact: retry in a few seconds.', {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2', 'cache-control': PRIVATE_NO_STORE }
  })
}
