import { forwardSetCookies } from '@/lib/edge/forward-cookies'
import { callRefreshRoute } from '@/lib/edge/refresh-route'
import { refreshUnavailable, signInRedirect } from '@/lib/edge/sign-in-redirect'
import type { Strategy } from './types'

// The fix with no extra round trip: pass the refresh response's Set-Cookie lines on, to the
// browser and to the rest of this request, so the page renders with the new access token.
export const forward = {
  name: 'forward',
  label: 'Forward the Set-Cookie: the middleware passes the new cookies on',
  afterExpiry: 'The middleware will refresh on your next navigation.',
  clientRefresher: false,
  async refresh(req) {
    const call = await callRefreshRoute(req)
    // Unreachable: the browser keeps its cookies and retries; a rotation that did happen before the
    // answer was lost is answered again, with the same successor, within the grace window.
    if (!call.ok) return refreshUnavailable()
    const refreshed = call.response
    if (refreshed.status === 401) {
      const { error } = (await refreshed.json().catch(() => ({}))) as { error?: string }
      const res = signInRedirect(req, error ?? 'session_revoked')
      // The route's own answer clears the session's cookies, whichever they are: pass it on too.
      for (const line of refreshed.headers.getSetCookie()) res.headers.append('set-cookie', line)
      return res
    }
    if (!refreshed.ok) return refreshUnavailable()
    return forwardSetCookies(req, refreshed.headers.getSetCookie())
  }
} as const satisfies Strategy
