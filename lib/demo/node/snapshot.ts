import { COOKIES } from '@/lib/edge/cookies'
import { fingerprint, hashToken } from '@/lib/node/refresh-token'
import { sessionState, type SessionState } from '@/lib/node/routes/session'
import type { SessionView } from '@/lib/node/session'
import type { Flow } from '../edge/flows'
import { withDelivery, type BrowserHolds } from './delivery'
import { listEvents } from './event-log'
import type { ShownEvent } from './events'

/** The session as the dashboard shows it: its state, its strategy, and what happened to it. */
export type SessionSnapshot = SessionState & { flow: Flow | null; events: ShownEvent[] }

/** What the browser's own request carries (not a token value: its id and fingerprint). */
export function browserHolds(cookie: (name: string) => string | undefined, session: SessionView): BrowserHolds {
  const refresh = cookie(COOKIES.refresh)
  return { accessJti: session.status === 'active' ? session.jti : undefined, refreshFp: refresh ? fingerprint(hashToken(refresh)) : undefined }
}

export async function sessionSnapshot(session: SessionView, flow: Flow | null, holds: BrowserHolds): Promise<SessionSnapshot> {
  const events = session.status === 'signed-out' ? [] : withDelivery(await listEvents(session.family.id), holds)
  return { ...sessionState(session), flow, events }
}
