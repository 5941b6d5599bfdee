import { COOKIES, writeAuthCookies } from '@/lib/edge/cookies'
import { refreshSession, type RefreshResult } from '../rotation'
import { refreshRoute, type SessionKind } from './refresh-route'

// The refresh route for this app's own tokens, for app/api/auth/refresh/route.ts: rotation in the
// session store. refreshPost and refreshGet also say what happened, for a route file that logs it.

export const SELF_ISSUED_SESSION: SessionKind<RefreshResult> = {
  cookies: COOKIES,
  refresh: refreshSession,
  settle: (result) =>
    result.ok ? { outcome: result.outcome, expiresAt: result.access.exp * 1000, write: (jar) => writeAuthCookies(jar, result) } : { refused: result.reason }
}

export const { post: refreshPost, get: refreshGet } = refreshRoute(SELF_ISSUED_SESSION)

export const POST = async (req: Parameters<typeof refreshPost>[0]) => (await refreshPost(req)).response
export const GET = async (req: Parameters<typeof refreshGet>[0]) => (await refreshGet(req)).response
