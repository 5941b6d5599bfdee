import type { NextRequest } from 'next/server'
import { authGate } from '@/lib/edge/auth-gate'
import { middlewareStrategy } from '@/lib/node/middleware-strategy'

// Next 15.5: the middleware runs on Node (runtime: 'nodejs'), so the forward strategy rotates the
// token in process, with no fetch() to the refresh route.
export function middleware(req: NextRequest) {
  return authGate(req, middlewareStrategy())
}

export const config = {
  runtime: 'nodejs',
  // The protected pages only: the sign-in page and /api never pay for it.
  matcher: ['/demo/dashboard/:path*']
}
