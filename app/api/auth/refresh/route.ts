import type { NextRequest } from 'next/server'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { keepPreviousRefresh } from '@/lib/demo/node/previous-refresh'
import { recordProviderRefresh, recordRefresh } from '@/lib/demo/node/record'
import { TRACE_COOKIE, traceSetCookie, withHop } from '@/lib/demo/edge/trace'
import { COOKIES } from '@/lib/edge/cookies'
import type { RefreshResult } from '@/lib/node/rotation'
import { idpRefreshGet, idpRefreshPost } from '@/lib/node/routes/idp-refresh'
import { refreshGet, refreshPost } from '@/lib/node/routes/refresh'

// Signing needs the private key, rotation the store, the provider's client openid-client: node,
// explicitly (the default).
export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

// The recipes' refresh route for whichever tokens the session holds (an app has one kind), and
// the demo's inspector noting what it did, with the response's headers once they are all set.
const fromProvider = (req: NextRequest) => issuerOf((name) => req.cookies.has(name)) === 'provider'

// For the lab's replay: a rotation hands the browser the token it replaced (lib/demo/node/previous-refresh.ts).
function noted(req: NextRequest, response: Response, result: RefreshResult | null) {
  const presented = req.cookies.get(COOKIES.refresh)?.value
  if (result?.ok && result.outcome === 'rotated' && presented) keepPreviousRefresh(response.headers, presented, result.refreshMaxAge)
  return traced(req, response)
}

// For the dashboard's compare: the browser's own requests here (the redirect handshake, the client
// refresher) join the trace; the middleware's fetch would only carry it off to its own jar.
function traced(req: NextRequest, response: Response) {
  const trace = req.cookies.get(TRACE_COOKIE)?.value
  if (trace === undefined || !req.headers.has('sec-fetch-site')) return response
  response.headers.append('set-cookie', traceSetCookie(withHop(trace, { answeredBy: 'route', method: req.method, path: req.nextUrl.pathname, status: response.status })))
  return response
}

export async function POST(req: NextRequest) {
  if (fromProvider(req)) {
    const { response, result } = await idpRefreshPost(req)
    const answer = traced(req, response)
    await recordProviderRefresh(req, result, answer)
    return answer
  }
  const { response, result } = await refreshPost(req)
  await recordRefresh(req, result, noted(req, response, result))
  return response
}

export async function GET(req: NextRequest) {
  if (fromProvider(req)) {
    const { response, result } = await idpRefreshGet(req)
    const answer = traced(req, response)
    await recordProviderRefresh(req, result, answer)
    return answer
  }
  const { response, result } = await refreshGet(req)
  await recordRefresh(req, result, noted(req, response, result))
  return response
}
