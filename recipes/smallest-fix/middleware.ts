import { NextResponse, type NextRequest } from 'next/server'

// Already have a refresh endpoint (your own route handler, or your API's)? This is the whole fix.
// When the access cookie is gone (it expires with its token) and the refresh cookie is there, call
// the endpoint, then pass its Set-Cookie lines on: to the browser as they are, and into this
// request's cookie header, so the page rendering it already sees the new token. Names are yours.
const ACCESS = 'access_token'
const REFRESH = 'refresh_token'
// An origin the server itself can reach: never one built from the request (behind a proxy it is https://).
const REFRESH_URL = process.env.REFRESH_URL ?? 'http://127.0.0.1:3000/api/auth/refresh'

export async function middleware(req: NextRequest) {
  if (req.cookies.has(ACCESS) || !req.cookies.has(REFRESH)) return NextResponse.next()
  const cookie = req.headers.get('cookie') ?? ''
  const refreshed = await fetch(REFRESH_URL, { method: 'POST', headers: { cookie }, cache: 'no-store' }).catch(() => null)
  if (!refreshed || refreshed.status >= 500) {
    return new NextResponse('Your session could not be refreshed just now; try again.', { status: 503, headers: { 'retry-after': '2' } })
  }
  if (!refreshed.ok) return NextResponse.redirect(new URL(`/login?return_to=${encodeURIComponent(req.nextUrl.pathname)}`, req.url))

  // Raw pairs, not req.cookies: that would decode the values and change them.
  const jar = new Map(cookie.split(/;\s*/).filter((p) => p.includes('=')).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]))
  const lines = refreshed.headers.getSetCookie()
  for (const line of lines) {
    const pair = line.split(';', 1)[0]
    jar.set(pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim())
  }
  const headers = new Headers(req.headers)
  headers.set('cookie', Array.from(jar, ([name, value]) => `${name}=${value}`).join('; '))
  const res = NextResponse.next({ request: { headers } })
  for (const line of lines) res.headers.append('set-cookie', line)
  res.headers.set('cache-control', 'private, no-store') // it carries tokens: no shared cache may keep it
  return res
}

export const config = { matcher: ['/dashboard/:path*'] }
