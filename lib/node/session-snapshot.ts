import { listEvents } from './flow-events'
import type { SessionView } from './session'

/** The session as GET /api/auth/session reports it, and as the dashboard first renders it. */
export async function sessionSnapshot(session: SessionView) {
  if (session.status === 'signed-out') return { status: session.status, reason: session.reason, events: [] }
  const { family, flow, expiresAt } = session
  return {
    status: session.status,
    flow,
    // Only a live access token shows who you are; an expired one only says that a session exists.
    user: session.status === 'active' ? { name: family.name } : null,
    accessToken: { jti: session.status === 'active' ? session.jti : null, expiresAt },
    events: await listEvents(family.id)
  }
}
