import { NextResponse, type NextRequest } from 'next/server'
import { checkAccessToken, expiresSoon } from '@/lib/edge/access-token'
import { COOKIES } from '@/lib/edge/cookies'
import { DEFAULT_FLOW, parseFlow } from '@/lib/edge/flow'
import { signInRedirect } from '@/lib/edge/sign-in-redirect'
import { strategies } from '@/lib/strategies'

// Runs in the edge runtime (the only middleware runtime in Next 14), so it verifies with the
// public key and never signs: anything Node-only is behind the refresh route. It is a fast first
// gate, not the only one: pages and route handlers verify the session again.
export async function middleware(req: NextRequest) {
  const flowCookie = req.cookies.get(COOKIES.flow)?.value
  const flow = flowCookie === undefined ? DEFAULT_FLOW : parseFlow(flowCookie)
  if (!flow) return signInRedirect(req, 'unknown_flow')

  const access = await checkAccessToken(req.cookies.get(COOKIES.access)?.value)
  const hasRefresh = req.cookies.has(COOKIES.refresh)
  if (access.status === 'valid' && !(hasRefresh && expiresSoon(access.claims))) return NextResponse.next()
  if (access.status === 'invalid') return signInRedirect(req, 'invalid_token')
  if (!hasRefresh) {
    return signInRedirect(req, access.status === 'missing' ? 'login_required' : 'no_refresh_token')
  }
  return strategies[flow](req)
}

export const config = {
  // Only the protected demo pages; the docs, the login page and /api never pay for it.
  matcher: ['/demo/dashboard/:path*']
}
