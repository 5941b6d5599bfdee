import type { NextRequest } from 'next/server'
import { authGate } from '@/lib/edge/auth-gate'
import { configuredStrategy } from '@/lib/strategies'

// Verifies the access token of every protected request, and refreshes it the way
// AUTH_REFRESH_STRATEGY says (forward, redirect or client; forward when unset).
export function middleware(req: NextRequest) {
  return authGate(req, configuredStrategy())
}

export const config = {
  // The protected pages only: the sign-in page and /api never pay for it.
  matcher: ['/demo/dashboard/:path*']
}
