import { NextResponse } from 'next/server'
import { callRefreshRoute } from '@/lib/edge/refresh-route'
import type { RefreshStrategy } from './types'

// The seed's bug, reproduced for real: the refresh succeeds and rotates the refresh token, but
// its Set-Cookie went to this fetch, which has no cookie jar. The browser keeps the old tokens
// and presents the old refresh token again, which rotation treats as reuse.
export const broken: RefreshStrategy = async (req) => {
  await callRefreshRoute(req, 'broken')
  return NextResponse.next()
}
