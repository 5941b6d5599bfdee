import type { NextRequest } from 'next/server'
import { authGate } from '@/lib/edge/auth-gate'
import { middlewareStrategy } from '@/lib/node/middleware-strategy'

// Next 16: middleware.ts is now proxy.ts, and it always runs on Node (it refuses a runtime
// setting), so the forward strategy rotates the token in process, with no fetch() to the route.
export function proxy(req: NextRequest) {
  return authGate(req, middlewareStrategy())
}

export const config = {
  // The protected pages only: the sign-in page and /api never pay for it.
  matcher: ['/demo/dashboard/:path*']
}
