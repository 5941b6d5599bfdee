import { cookies, headers } from 'next/headers'
import type { NextRequest } from 'next/server'
import { COOKIES } from '@/lib/edge/cookies'
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
  return json({
    requestCookies: await jtiOf(req.cookies.get(COOKIES.access)?.value),
    headersCookie: await jtiOf(accessCookieIn(headers().get('cookie'))),
    cookiesApi: await jtiOf(cookies().get(COOKIES.access)?.value)
  })
}
