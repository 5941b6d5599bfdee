import { NextResponse, type NextRequest } from 'next/server'

// Runs in the edge runtime (the only middleware runtime in Next 14). It may import lib/edge and
// lib/strategies, never lib/node or a node: module: lint enforces the boundary.
export function middleware(_req: NextRequest) {
  return NextResponse.next()
}

export const config = {
  // Only the demo is gated; the docs pages never pay for the middleware.
  matcher: ['/demo/:path*']
}
