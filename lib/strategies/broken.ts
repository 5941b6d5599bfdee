import { NextResponse } from 'next/server'
import { callRefreshRoute } from '@/lib/edge/refresh-route'
import { refreshUnavailable } from '@/lib/edge/sign-in-redirect'
import type { Strategy } from './types'

// The original bug, reproduced for real: the refresh succeeds and rotates the refresh token, but
// its Set-Cookie went to this fetch, which has no cookie jar. The browser keeps the old tokens
// and presents the old refresh token again, which rotation treats as reuse. Do not ship it.
export const broken = {
  name: 'broken',
  label: 'The broken flow: the middleware refreshes, the Set-Cookie is dropped',
  afterExpiry:
    'The middleware refreshed your tokens, but the new Set-Cookie stopped at its own fetch(): your browser still holds the expired access token and the old refresh token. Reload and it presents that old refresh token again; after the grace window, that is reuse, and the session is revoked.',
  clientRefresher: false,
  async refresh(req) {
    const call = await callRefreshRoute(req)
    if (!call.ok) return refreshUnavailable()
    return NextResponse.next()
  }
} as const satisfies Strategy
