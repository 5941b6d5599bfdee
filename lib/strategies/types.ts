import type { NextRequest, NextResponse } from 'next/server'

/**
 * Every strategy has this shape: the middleware calls it when a protected request arrives with an
 * authentic but expired access token (or none) and a refresh token. It returns the response.
 */
export type RefreshStrategy = (req: NextRequest) => Promise<NextResponse>
