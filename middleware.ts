import type { NextRequest } from 'next/server'
import { FLOW_COOKIE, flowNamed, flowOf } from '@/lib/demo/edge/flows'
import { issuerOf, TOKEN_SOURCES } from '@/lib/demo/edge/issuer'
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
  return authGate(req, flowNamed(flow), TOKEN_SOURCES[issuer])
}

export const config = {
  // Only the protected demo pages; the docs, the login page and /api never pay for it.
  matcher: ['/demo/dashboard/:path*']
}
