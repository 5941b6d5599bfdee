// middleware.js, fixed: the edge still refreshes through the node route
// handler, then passes the new cookies on, to the browser and to the page.
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
  const lines = refreshed.headers.getSetCookie()

  // To the page: the request it renders carries the new cookies, as the
  // browser will send them from now on.
  const cookies = new Map(request.cookies.getAll().map((c) => [c.name, c.value]))
  for (const line of lines) {
    const pair = line.split(';')[0]
    const at = pair.indexOf('=')
    cookies.set(pair.slice(0, at), pair.slice(at + 1))
  }
  const headers = new Headers(request.headers)
  headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
  const res = NextResponse.next({ request: { headers } })

  // To the browser: each Set-Cookie line exactly as the route wrote it.
  for (const line of lines) res.headers.append('set-cookie', line)
  return res
}
