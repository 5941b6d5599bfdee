import type { NextRequest } from 'next/server'
import { FLOW_COOKIE, flowNamed, flowOf } from '@/lib/demo/edge/flows'
import { issuerOf, TOKEN_SOURCES } from '@/lib/demo/edge/issuer'
import { TRACE_COOKIE, TRACE_MAX_AGE_S, withHop } from '@/lib/demo/edge/trace'
import { authGate } from '@/lib/edge/auth-gate'
import { cookieOptions } from '@/lib/edge/cookies'
import { signInRedirect } from '@/lib/edge/sign-in-redirect'

// The demo's middleware: the recipes' auth gate, with the refresh strategy picked per session by
// the demo's strategy cookie (an app picks one, AUTH_REFRESH_STRATEGY), and the tokens' issuer
// (this app or the identity provider) by the session's cookies (an app has one).
export async function middleware(req: NextRequest) {
  const issuer = issuerOf((name) => req.cookies.has(name))
  const flow = flowOf(req.cookies.get(FLOW_COOKIE)?.value, issuer)
  if (!flow) {
    const res = signInRedirect(req, 'unknown_flow', TOKEN_SOURCES[issuer].cookies)
    res.cookies.set(FLOW_COOKIE, '', cookieOptions(0))
    return res
  }
  const res = await authGate(req, flowNamed(flow), TOKEN_SOURCES[issuer])
  // During the dashboard's compare only: note a redirect, which the browser would follow unseen.
  const trace = req.cookies.get(TRACE_COOKIE)?.value
  if (trace !== undefined && res.status >= 300 && res.status < 400) {
    res.cookies.set(TRACE_COOKIE, withHop(trace, { answeredBy: 'middleware', method: req.method, path: req.nextUrl.pathname, status: res.status }), cookieOptions(TRACE_MAX_AGE_S))
  }
  return res
}

export const config = {
  // Only the protected demo pages; the docs, the login page and /api never pay for it.
  matcher: ['/demo/dashboard/:path*']
}
