import type { NextRequest } from 'next/server'
import { authGate } from '@/lib/edge/auth-gate'
import { IDP_TOKENS } from '@/lib/edge/idp/source'
import { configuredStrategy } from '@/lib/strategies'

// The same gate, with the provider's tokens: its cookies, checked against its published keys.
export function middleware(req: NextRequest) {
  return authGate(req, configuredStrategy(), IDP_TOKENS)
}

export const config = {
  matcher: ['/demo/dashboard/:path*']
}
