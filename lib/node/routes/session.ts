import type { NextRequest } from 'next/server'
import { handleAuthErrors, json } from '../http'
import { readSession, type SessionView } from '../session'

// The session route, for app/api/auth/session/route.ts: what the browser's cookies amount to now.
// The client refresher asks it inside its lock (another tab may just have refreshed).

export interface SessionState {
  status: SessionView['status']
  reason?: string
  user: { name: string } | null
  accessToken: { jti: string | null; expiresAt: number | null } | null
}

export function sessionState(session: SessionView): SessionState {
  if (session.status === 'signed-out') return { status: session.status, reason: session.reason, user: null, accessToken: null }
  const active = session.status === 'active'
  // Only a live access token shows who you are; an expired one only says that a session exists.
  return { status: session.status, user: active ? { name: session.family.name } : null, accessToken: { jti: active ? session.jti : null, expiresAt: session.expiresAt } }
}

export async function GET(req: NextRequest) {
  return handleAuthErrors(async () => json(sessionState(await readSession((name) => req.cookies.get(name)?.value))))
}
