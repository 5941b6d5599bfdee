import { checkAccessToken } from '@/lib/edge/access-token'
import { COOKIES } from '@/lib/edge/cookies'
import { DEFAULT_FLOW, parseFlow, type Flow } from '@/lib/edge/flow'
import type { SignInReason } from '@/lib/edge/reasons'
import { accessPresented } from './flow-events'
import { hashToken } from './refresh-token'
import { sessionStore, type Family } from './store'

export type SessionView =
  | { status: 'active'; flow: Flow; family: Family; jti: string; expiresAt: number }
  // Authentic but expired, session still live: show nothing private, let a refresh happen.
  | { status: 'expired'; flow: Flow; family: Family; expiresAt: number | null }
  | { status: 'signed-out'; reason: SignInReason }

export interface SessionInput {
  cookie(name: string): string | undefined
  /** The middleware forwarded this request's access token; the browser has not presented it yet. */
  forwarded: boolean
}

function revokedReason(family: Family | null): SignInReason | null {
  if (!family) return 'session_revoked'
  if (!family.revokedReason) return null
  return family.revokedReason === 'reuse_detected' || family.revokedReason === 'logged_out' ? family.revokedReason : 'session_revoked'
}

/**
 * Verifies the session again where the data is served. Middleware is a first gate that can be
 * skipped (CVE-2025-29927) or misconfigured (a matcher that misses a route), and it cannot see
 * a revocation: only the store knows that.
 */
export async function readSession({ cookie, forwarded }: SessionInput): Promise<SessionView> {
  const flowCookie = cookie(COOKIES.flow)
  const flow = flowCookie === undefined ? DEFAULT_FLOW : parseFlow(flowCookie)
  if (!flow) return { status: 'signed-out', reason: 'unknown_flow' }

  const access = await checkAccessToken(cookie(COOKIES.access))
  if (access.status === 'invalid') return { status: 'signed-out', reason: 'invalid_token' }
  const store = sessionStore()

  if (access.status === 'missing') {
    const refresh = cookie(COOKIES.refresh)
    const token = refresh ? await store.getToken(hashToken(refresh)) : null
    if (!token) return { status: 'signed-out', reason: 'login_required' }
    const family = await store.getFamily(token.family)
    const reason = revokedReason(family)
    return reason ? { status: 'signed-out', reason } : { status: 'expired', flow, family: family!, expiresAt: null }
  }

  const family = await store.getFamily(access.claims.sid)
  const reason = revokedReason(family)
  if (reason) return { status: 'signed-out', reason }
  const expiresAt = access.claims.exp * 1000
  if (access.status === 'expired') return { status: 'expired', flow, family: family!, expiresAt }
  if (!forwarded) await accessPresented(family!.id, access.claims.jti)
  return { status: 'active', flow, family: family!, jti: access.claims.jti, expiresAt }
}
