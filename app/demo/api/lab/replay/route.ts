import { NextRequest } from 'next/server'
import { PREVIOUS_REFRESH_COOKIE } from '@/lib/demo/node/previous-refresh'
import { recordRefresh } from '@/lib/demo/node/record'
import { COOKIES } from '@/lib/edge/cookies'
import { jsonError } from '@/lib/node/http'
import { refreshPost } from '@/lib/node/routes/refresh'
import { crossSiteRefusal } from '@/lib/demo/node/lab-guard'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * POST: the lab's "replay the previous refresh token", as a thief holding a copy would: the
 * recipes' refresh route, with the token this browser's last rotation replaced. Within the grace
 * window it answers as to a concurrent request; after it, reuse detection revokes the session.
 */
export async function POST(req: NextRequest) {
  const refused = crossSiteRefusal(req)
  if (refused) return refused
  const previous = req.cookies.get(PREVIOUS_REFRESH_COOKIE)?.value
  if (!previous) return jsonError(409, 'nothing_to_replay', 'No refresh token has been replaced in this browser yet: expire the access token and let it refresh once.')
  // The same request, carrying the old refresh token where the current one was.
  const headers = new Headers(req.headers)
  const others = req.cookies.getAll().filter((c) => c.name !== COOKIES.refresh && c.name !== PREVIOUS_REFRESH_COOKIE)
  headers.set('cookie', [...others.map((c) => `${c.name}=${c.value}`), `${COOKIES.refresh}=${previous}`].join('; '))
  const replay = new NextRequest(req.url, { method: 'POST', headers })
  const { response, result } = await refreshPost(replay)
  await recordRefresh(replay, result, response)
  return response
}
