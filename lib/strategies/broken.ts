import { NextResponse } from 'next/server'
import { callRefreshRoute } from '@/lib/edge/refresh-route'
import { refreshUnavailable } from '@/lib/edge/sign-in-redirect'
import type { RefreshStrategy } from './types'

// The original bug, reproduced for real: the refresh succeeds and rotates the refresh token, but
// its Set-Cookie went to this fetch, which has no cookie jar. The browser keeps the old tokens
// and presents the old refresh token again, which rotation treats as reuse.
export const broken: RefreshStrategy = async (req) => {
  const call = await callRefreshRoute(req, 'broken')
  if (!call.ok) return refreshUnavailable()
  return NextResponse.next()
}
