import { COOKIES } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { fingerprint, hashToken } from '@/lib/node/refresh-token'
import type { SessionState } from '@/lib/node/routes/session'
import type { Flow } from '../edge/flows'
import type { Issuer } from '../edge/issuer'
import type { DemoSession } from './demo-session'
import { withDelivery, type BrowserHolds } from './delivery'
import { listEvents } from './event-log'
import type { ShownEvent } from './events'
import type { Holdings } from './holdings'

/** The session as the dashboard shows it: its state, who issued its tokens, its strategy, and what happened to it. */
export type SessionSnapshot = SessionState & { issuer: Issuer; flow: Flow | null; events: ShownEvent[]; holdings: Holdings }

/** What the browser's own request carries (not a token value: its id and fingerprint). */
export function browserHolds(cookie: (name: string) => string | undefined, session: DemoSession): BrowserHolds {
  const refresh = cookie(session.issuer === 'provider' ? IDP_COOKIES.refresh : COOKIES.refresh)
  return { accessJti: session.jti ?? undefined, refreshFp: refresh ? fingerprint(hashToken(refresh)) : undefined }
}

export async function sessionSnapshot(session: DemoSession, flow: Flow | null, holds: BrowserHolds, holdings: Holdings): Promise<SessionSnapshot> {
  const events = session.logKey ? withDelivery(await listEvents(session.logKey), holds) : []
  // Only a live access token shows who you are; an expired one only says that a session exists.
  const state: SessionState =
    session.status === 'signed-out'
      ? { status: session.status, reason: session.reason, user: null, accessToken: null }
      : { status: session.status, user: session.name ? { name: session.name } : null, accessToken: { jti: session.jti, expiresAt: session.expiresAt } }
  return { ...state, issuer: session.issuer, flow, events, holdings }
}
