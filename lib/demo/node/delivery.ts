import type { InspectorEvent, ShownEvent } from './events'

// A presentation of the old token this long after new tokens were sent cannot be a concurrent
// twin of the request that got them: the browser had the chance to store the new cookie and didn't.
export const LOST_AFTER_MS = 750

/** What the browser's own request (not the middleware's) carries right now. */
export interface BrowserHolds {
  accessJti?: string
  refreshFp?: string
}

/**
 * Each minting event's delivery, read off the events after it and what the browser holds now:
 * delivered once its refresh token is presented (a later refresh names it as parent) or the
 * browser holds its tokens; lost once the token it replaced is presented again, past the moment a
 * concurrent twin could explain it, or once the session ended with it never presented.
 */
export function withDelivery(events: InspectorEvent[], holds: BrowserHolds): ShownEvent[] {
  return events.map((event, i) => {
    if (event.kind !== 'login' && event.kind !== 'refresh') return event
    const later = events.slice(i + 1)
    const presented =
      later.some((e) => e.parentFp !== undefined && e.parentFp === event.refreshFp) ||
      (holds.refreshFp !== undefined && holds.refreshFp === event.refreshFp) ||
      (holds.accessJti !== undefined && holds.accessJti === event.accessJti)
    if (presented) return { ...event, delivery: 'delivered' }
    const staleAgain = later.some((e) => e.parentFp !== undefined && e.parentFp === event.parentFp && e.at - event.at > LOST_AFTER_MS)
    const ended = later.some((e) => e.kind === 'logout' || (e.kind === 'refresh-failed' && (e.outcome === 'reuse_detected' || e.outcome === 'session_revoked' || e.outcome === 'invalid_grant')))
    return { ...event, delivery: staleAgain || ended ? 'lost' : 'pending' }
  })
}
