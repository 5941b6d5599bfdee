import { NextResponse, type NextRequest } from 'next/server'
import { clearAuthCookies, COOKIES, PRIVATE_NO_STORE, writeAuthCookies } from '@/lib/edge/cookies'
import { SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { CALLER_HEADER, REQUEST_START_HEADER } from '@/lib/edge/refresh-route'
import { safeReturnTo } from '@/lib/edge/return-to'
import { handleAuthErrors, json, jsonError } from '@/lib/node/http'
import { refreshSession, type Caller } from '@/lib/node/rotation'
import { crossSiteReason } from '@/lib/node/same-origin'
import { parseFlow } from '@/lib/edge/flow'

// Signing needs the private key and rotation needs the store: node, explicitly (the default).
export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

function middlewareCaller(req: NextRequest): Caller | null {
  const [who, flow] = (req.headers.get(CALLER_HEADER) ?? '').split(':')
  if (who !== 'middleware') return null
  const start = Number(req.headers.get(REQUEST_START_HEADER))
  const presentedAt = Number.isFinite(start) && Math.abs(Date.now() - start) < 60_000 ? start : undefined
  return { by: 'middleware', flow: parseFlow(flow) ?? undefined, receiver: 'middleware-fetch', presentedAt }
}

/** POST: the client refresher, and the middleware's own fetch (broken and forward strategies). */
export async function POST(req: NextRequest) {
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return jsonError(403, 'cross_site', `Refused a cross-site refresh: ${crossSite}.`)
  const token = req.cookies.get(COOKIES.refresh)?.value
  if (!token) return jsonError(401, 'no_refresh_token', SIGN_IN_REASONS.no_refresh_token)
  const caller = middlewareCaller(req) ?? { by: 'client', flow: 'client', receiver: 'browser' }
  return handleAuthErrors(async () => {
    const result = await refreshSession(token, caller)
    if (!result.ok) {
      const res = jsonError(401, result.reason, SIGN_IN_REASONS[result.reason])
      clearAuthCookies(res.cookies)
      return res
    }
    const res = json({ outcome: result.outcome, expiresAt: result.access.exp * 1000 })
    writeAuthCookies(res.cookies, result)
    return res
  })
}

/** GET: the redirect handshake. The browser itself receives the Set-Cookie, then goes back. */
export async function GET(req: NextRequest) {
  const requested = req.nextUrl.searchParams.get('return_to')
  const returnTo = requested === null ? '/demo/dashboard' : safeReturnTo(requested)
  if (!returnTo) return jsonError(400, 'bad_return_to', 'return_to must be a path on this site, such as /demo/dashboard.')
  const token = req.cookies.get(COOKIES.refresh)?.value
  return handleAuthErrors(async () => {
    const result = token ? await refreshSession(token, { by: 'redirect', flow: 'redirect', receiver: 'browser' }) : null
    if (!result?.ok) {
      const login = `/demo/login?${new URLSearchParams({ reason: result?.reason ?? 'no_refresh_token', return_to: returnTo })}`
      const res = redirectTo(login)
      clearAuthCookies(res.cookies)
      return res
    }
    const res = redirectTo(returnTo)
    writeAuthCookies(res.cookies, result)
    return res
  })
}

// A relative Location is valid (RFC 9110) and stays right behind a proxy that rewrites the host.
function redirectTo(path: string) {
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': PRIVATE_NO_STORE } })
}
