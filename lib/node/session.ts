import { checkAccessToken } from '@/lib/edge/access-token'
import { COOKIES } from '@/lib/edge/cookies'
import type { SignInReason } from '@/lib/edge/reasons'
import { hashToken } from './refresh-token'
import { sessionStore, type Family } from './store'

export type SessionView =
  | { status: 'active'; family: Family; jti: string; expiresAt: number }
  // Authentic but expired, session still live: show nothing private, let a refresh happen.
  | { status: 'expired'; family: Family; expiresAt: number | null }
  | { status: 'signed-out'; reason: SignInReason }

function revokedReason(family: Family | null): SignInReason | null {
  if (!family) return 'session_revoked'
  if (!family.revokedReason) return null
  return family.revokedReason === 'reuse_detected' || family.revokedReason === 'logged_out' ? family.revokedReason : 'session_revoked'
}

/**
 * Verifies the session again where the data is served. Middleware is a first gate that can be
 * skipped (CVE-2025-29927) or misconfigured (a matcher that misses a route), and it cannot see
 * a revocation: only the store knows that. It only reads.
 */
export async function readSession(cookie: (name: string) => string | undefined): Promise<SessionView> {
  const access = await checkAccessToken(cookie(COOKIES.access))
  if (access.status === 'invalid') return { status: 'signed-out', reason: 'invalid_token' }
  const store = sessionStore()

  if (access.status === 'missing') {
    const refresh = cookie(COOKIES.refresh)
    const token = refresh ? await store.getToken(hashToken(refresh)) : null
    if (!token) return { status: 'signed-out', reason: 'login_required' }
    const family = await store.getFamily(token.family)
    const reason = revokedReason(family)
    return reason ? { status: 'signed-out', reason } : { status: 'expired', family: family!, expiresAt: null }
  }

  const family = await store.getFamily(access.claims.sid)
  const reason = revokedReason(family)
  if (reason) return { status: 'signed-out', reason }
  const expiresAt = access.claims.exp * 1000
  if (access.status === 'expired') return { status: 'expired', family: family!, expiresAt }
  return { status: 'active', family: family!, jti: access.claims.jti, expiresAt }
}
