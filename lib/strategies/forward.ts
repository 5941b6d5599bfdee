import { FORWARDED_HEADER, callRefreshRoute } from '@/lib/edge/refresh-route'
import { forwardSetCookies } from '@/lib/edge/forward-cookies'
import { refreshUnavailable, signInRedirect } from '@/lib/edge/sign-in-redirect'
import type { RefreshStrategy } from './types'

// The fix with no extra round trip: pass the refresh response's Set-Cookie lines on, to the
// browser and to the rest of this request, so the page renders with the new access token.
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
  // The header tells the inspector this token came from us, not from the browser's jar.
  return forwardSetCookies(req, refreshed.headers.getSetCookie(), { [FORWARDED_HEADER]: '1' })
}
