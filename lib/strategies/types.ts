import type { NextRequest, NextResponse } from 'next/server'

/**
 * A refresh strategy: what happens to a request whose access token is expired (or about to be)
 * while a refresh token is there. Each strategy is one file; lib/strategies/index.ts lists them.
 */
export interface Strategy {
  name: string
  /** One line, for pickers and lists. */
  label: string
  /** What a page rendered with an expired token can tell the reader will happen next. */
  afterExpiry: string
  /** The browser refreshes (components/TokenRefresher.tsx is mounted), not the middleware. */
  clientRefresher: boolean
  /** The middleware's part: called with such a request, returns the response. */
  refresh(req: NextRequest): Promise<NextResponse>
}
