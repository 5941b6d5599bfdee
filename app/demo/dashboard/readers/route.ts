import { cookies, headers } from 'next/headers'
import type { NextRequest } from 'next/server'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { COOKIES } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { json } from '@/lib/node/http'
import { accessCookieIn, jtiOf } from '../token-seen'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * GET: the access token this route handler sees, three ways. It sits under the middleware's
 * matcher (/demo/dashboard/:path*), so a request with an expired token is refreshed on its way
 * here: on 14.2.35 a route handler sees the new token only because the middleware rewrote the
 * request's cookie header (res.cookies.set() alone does not reach route handlers).
 */
export async function GET(req: NextRequest) {
  const issuer = issuerOf((name) => req.cookies.has(name))
  const access = issuer === 'provider' ? IDP_COOKIES.access : COOKIES.access
  return json({
    requestCookies: await jtiOf(req.cookies.get(access)?.value, issuer),
    headersCookie: await jtiOf(accessCookieIn(headers().get('cookie'), issuer), issuer),
    cookiesApi: await jtiOf(cookies().get(access)?.value, issuer)
  })
}
