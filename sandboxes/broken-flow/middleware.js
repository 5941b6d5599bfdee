// middleware.js runs on the edge before every page. This is the broken
// version: it refreshes an expired access token through the node route
// handler, and the new cookies never reach the browser.
//
// `fetch` comes from the model so that it reaches the model's routes. On the
// real edge it is the global fetch(), which has no cookie jar either.
import { NextResponse, fetch } from '../shared/next.js'
import { isExpired } from '../shared/token.js'

export async function middleware(request) {
  const access = request.cookies.get('access')?.value
  if (!isExpired(access)) return NextResponse.next()

  const refreshed = await fetch(new URL('/api/auth/refresh', request.url), {
    method: 'POST',
    headers: { cookie: request.headers.get('cookie') ?? '' }
  })

  // The route answered with Set-Cookie, but to this fetch(), not to the
  // browser. Your turn: copy refreshed.headers.getSetCookie() onto the
  // response, line by line.
  return NextResponse.next()
}
