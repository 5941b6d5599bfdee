import { cookies, headers } from 'next/headers'
import type { NextRequest } from 'next/server'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { COOKIES } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { json } from '@/lib/node/http'
import { fingerprint, hashToken } from '@/lib/node/refresh-token'
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
  const { access, refresh } = issuer === 'provider' ? IDP_COOKIES : COOKIES
  const refreshToken = req.cookies.get(refresh)?.value
  return json({
    // Which refresh token this request went on with (a fingerprint, never the token): one for all
    // of a burst means one rotation, however many access tokens were signed.
    refreshFp: refreshToken ? fingerprint(hashToken(refreshToken)) : null,
    requestCookies: await jtiOf(req.cookies.get(access)?.value, issuer),
    headersCookie: await jtiOf(accessCookieIn(headers().get('cookie'), issuer), issuer),
    cookiesApi: await jtiOf(cookies().get(access)?.value, issuer)
  })
}
