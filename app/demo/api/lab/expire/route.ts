import type { NextRequest } from 'next/server'
import { expiredCopyOf } from '@/lib/demo/node/expired-token'
import { COOKIES, cookieOptions } from '@/lib/edge/cookies'
import { json, jsonError } from '@/lib/node/http'
import { crossSiteRefusal } from '@/lib/demo/node/lab-guard'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * POST: the lab's "expire the access token now", for the caller's own session: its access cookie
 * becomes an expired copy of itself. Only this app's own tokens (an identity provider signs
 * its own); refused cross-site and without a session.
 */
export async function POST(req: NextRequest) {
  const refused = crossSiteRefusal(req)
  if (refused) return refused
  const copy = await expiredCopyOf(req.cookies.get(COOKIES.access)?.value)
  if (!copy) return jsonError(409, 'no_own_token', 'There is no access token of this app to expire: sign in with demo / demo (a provider signs its own tokens; wait for them to expire).')
  const res = json({ ok: true, jti: copy.jti })
  // The cookie outlives the token, so the middleware sees the expired token rather than none.
  res.cookies.set(COOKIES.access, copy.token, cookieOptions(60))
  return res
}
