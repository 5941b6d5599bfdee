import { NextResponse, type NextRequest } from 'next/server'
import { clearAuthCookies, COOKIES, PRIVATE_NO_STORE, writeAuthCookies } from '@/lib/edge/cookies'
import { HOME_PATH, LOGIN_PATH } from '@/lib/edge/protocol'
import { SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { handleAuthErrors, json, jsonError } from '../http'
import { refreshSession, type RefreshResult } from '../rotation'
import { crossSiteReason } from '../same-origin'

// The refresh route, for app/api/auth/refresh/route.ts. POST: the client refresher and the
// middleware's own fetch. GET: the redirect handshake. Each also says what happened (`result`,
// null when no refresh was attempted), for a route file that wants to log it.

export interface Refreshed {
  response: Response
  result: RefreshResult | null
}

export async function refreshPost(req: NextRequest): Promise<Refreshed> {
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return { response: jsonError(403, 'cross_site', `Refused a cross-site refresh: ${crossSite}.`), result: null }
  const token = req.cookies.get(COOKIES.refresh)?.value
  if (!token) return { response: jsonError(401, 'no_refresh_token', SIGN_IN_REASONS.no_refresh_token), result: null }
  let result: RefreshResult | null = null
  const response = await handleAuthErrors(async () => {
    result = await refreshSession(token)
    if (!result.ok) {
      const res = jsonError(401, result.reason, SIGN_IN_REASONS[result.reason])
      clearAuthCookies(res.cookies)
      return res
    }
    const res = json({ outcome: result.outcome, expiresAt: result.access.exp * 1000 })
    writeAuthCookies(res.cookies, result)
    return res
  })
  return { response, result }
}

export async function refreshGet(req: NextRequest): Promise<Refreshed> {
  const requested = req.nextUrl.searchParams.get('return_to')
  const returnTo = requested === null ? HOME_PATH : safeReturnTo(requested)
  if (!returnTo) return { response: jsonError(400, 'bad_return_to', `return_to must be a path on this site, such as ${HOME_PATH}.`), result: null }
  const token = req.cookies.get(COOKIES.refresh)?.value
  let result: RefreshResult | null = null
  const response = await handleAuthErrors(async () => {
    result = token ? await refreshSession(token) : null
    if (!result?.ok) {
      const res = redirectTo(`${LOGIN_PATH}?${new URLSearchParams({ reason: result?.reason ?? 'no_refresh_token', return_to: returnTo })}`)
      clearAuthCookies(res.cookies)
      return res
    }
    const res = redirectTo(returnTo)
    writeAuthCookies(res.cookies, result)
    return res
  })
  return { response, result }
}

// A relative Location is valid (RFC 9110) and stays right behind a proxy that rewrites the host.
function redirectTo(path: string) {
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': PRIVATE_NO_STORE } })
}

export const POST = async (req: NextRequest) => (await refreshPost(req)).response
export const GET = async (req: NextRequest) => (await refreshGet(req)).response
