import { NextResponse } from 'next/server'
import { FORWARDED_HEADER, callRefreshRoute } from '@/lib/edge/refresh-route'
import { cookiesSetBy } from '@/lib/edge/set-cookie'
import { refreshUnavailable, signInRedirect } from '@/lib/edge/sign-in-redirect'
import type { RefreshStrategy } from './types'

// The fix with no extra round trip: copy each cookie from the refresh response onto this
// middleware's response. `res.cookies.set()` (not a raw set-cookie header) also makes Next
// (14.2.8+) merge the cookies into this request, so server components rendering it already
// see the new access token.
export const forward: RefreshStrategy = async (req) => {
  const call = await callRefreshRoute(req, 'forward')
  // Unreachable: the browser keeps its cookies and retries; a rotation that did happen before the
  // answer was lost is answered again, with the same successor, within the grace window.
  if (!call.ok) return refreshUnavailable()
  const refreshed = call.response
  if (refreshed.status === 401) {
    const { error } = (await refreshed.json().catch(() => ({}))) as { error?: string }
    return signInRedirect(req, error ?? 'session_revoked')
  }
  if (!refreshed.ok) return refreshUnavailable()

  const headers = new Headers(req.headers)
  headers.set(FORWARDED_HEADER, '1') // tells the inspector this token came from us, not the browser
  const res = NextResponse.next({ request: { headers } })
  for (const cookie of cookiesSetBy(refreshed)) res.cookies.set(cookie)
  return res
}
