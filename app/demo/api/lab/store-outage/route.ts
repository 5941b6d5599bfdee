import type { NextRequest } from 'next/server'
import { MAX_OUTAGE_MS, bringStoreBack, takeStoreDown } from '@/lib/demo/node/store-outage'
import { checkAccessToken } from '@/lib/edge/access-token'
import { COOKIES } from '@/lib/edge/cookies'
import { json, jsonError } from '@/lib/node/http'
import { crossSiteRefusal } from '@/lib/demo/node/lab-guard'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** The caller's own session, from its signed access token (expired is fine): the store is not asked, it may be down. */
async function ownSession(req: NextRequest): Promise<string | Response> {
  const refused = crossSiteRefusal(req)
  if (refused) return refused
  const check = await checkAccessToken(req.cookies.get(COOKIES.access)?.value)
  if (check.status !== 'valid' && check.status !== 'expired') {
    return jsonError(409, 'no_own_session', 'There is no session of this app to take the store away from: sign in with demo / demo.')
  }
  return check.claims.sid
}

/** POST: the session store is down for this session (at most a minute), as if Redis were unreachable. */
export async function POST(req: NextRequest) {
  const session = await ownSession(req)
  if (typeof session !== 'string') return session
  takeStoreDown(session, MAX_OUTAGE_MS)
  return json({ ok: true, downForMs: MAX_OUTAGE_MS })
}

/** DELETE: the store is back for this session. */
export async function DELETE(req: NextRequest) {
  const session = await ownSession(req)
  if (typeof session !== 'string') return session
  return json({ ok: true, wasDown: bringStoreBack(session) })
}
