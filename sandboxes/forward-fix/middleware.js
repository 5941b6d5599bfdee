// middleware.js, fixed: the edge still refreshes through the node route
// handler, then hands the new cookies to the browser itself.
//
// `fetch` comes from the model so that it reaches the model's routes. On the
// real edge it is the global fetch(), which has no cookie jar either.
import { NextResponse, fetch, parseSetCookie } from '../shared/next.js'
import { isExpired } from '../shared/token.js'

export async function middleware(request) {
  const access = request.cookies.get('access')?.value
  if (!isExpired(access)) return NextResponse.next()

  const refreshed = await fetch(new URL('/api/auth/refresh', request.url), {
    method: 'POST',
    headers: { cookie: request.headers.get('cookie') ?? '' }
  })

  // res.cookies.set() puts each cookie on the response to the browser and,
  // since Next 14.2.8, also shows it to cookies() in this same request, so
  // the page renders with the new access token. A raw
  // res.headers.append('set-cookie', line) reaches the browser, not the page.
  const res = NextResponse.next()
  for (const line of refreshed.headers.getSetCookie()) {
    const { name, value, ...options } = parseSetCookie(line)
    res.cookies.set(name, value, options)
  }
  return res
}
