import type { NextRequest } from 'next/server'
import { handleAuthErrors, json } from '../http'
import { readIdpSession, type IdpSessionView } from '../idp/session'
import type { SessionState } from './session'

// The session route for tokens an identity provider issued, for app/api/auth/session/route.ts:
// the same answer as for this app's own tokens, so the client refresher works with either.

export function idpSessionState(session: IdpSessionView): SessionState {
  if (session.status === 'signed-out') return { status: session.status, reason: session.reason, user: null, accessToken: null }
  if (session.status === 'expired') return { status: session.status, user: null, accessToken: { jti: null, expiresAt: session.expiresAt } }
  return { status: session.status, user: { name: session.user.name }, accessToken: { jti: session.jti, expiresAt: session.expiresAt } }
}

export async function GET(req: NextRequest) {
  return handleAuthErrors(async () => json(idpSessionState(await readIdpSession((name) => req.cookies.get(name)?.value))))
}
