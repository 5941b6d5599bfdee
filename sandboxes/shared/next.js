// Just enough of Next.js 14 for the lesson: NextRequest and NextResponse with their cookie
// helpers, cookies() for server code, the server-side fetch(), and the pipeline that runs the
// middleware (edge) before a page, while /api routes (node) skip it, as the usual matcher does.
import {
  HeaderList,
  createRequest,
  parseCookieHeader,
  parseSetCookie,
  stringifySetCookie
} from './http.js'
import { trace } from './trace.js'

// In real code: import { parseSetCookie } from 'next/dist/compiled/@edge-runtime/cookies'.
export { parseSetCookie }

let app = { middleware: undefined, routes: {}, pages: {} }
let seenByServer = new Map()

/** Makes `nextApp` ({ middleware, routes, pages }) the app that serve() and fetch() reach. */
export function listen(nextApp) {
  app = { routes: {}, pages: {}, ...nextApp }
  seenByServer = new Map()
}

class RequestCookies {
  #cookies
  constructor(cookies) {
    this.#cookies = cookies
  }
  get(name) {
    return this.#cookies.has(name) ? { name, value: this.#cookies.get(name) } : undefined
  }
  getAll() {
    return [...this.#cookies].map(([name, value]) => ({ name, value }))
  }
}

/** `cookies()` from next/headers: the cookies of the request the server is handling. */
export function cookies() {
  return new RequestCookies(seenByServer)
}

export class NextRequest {
  constructor({ method, url, headers }) {
    this.method = method
    this.nextUrl = url
    this.url = url.href
    this.headers = new HeaderList(headers)
    this.cookies = new RequestCookies(parseCookieHeader(this.headers.get('cookie')))
  }
}

class ResponseCookies {
  #headers
  constructor(headers) {
    this.#headers = headers
    this.viaApi = new Map()
  }
  set(name, value, options = {}) {
    this.#headers.append('set-cookie', stringifySetCookie({ name, value, ...options }))
    this.viaApi.set(name, value)
  }
  delete(name) {
    this.set(name, '', { path: '/', maxAge: 0 })
    this.viaApi.delete(name)
  }
}

export class NextResponse {
  constructor(body = null, { status = 200, headers } = {}) {
    this.status = status
    this.body = body
    this.headers = new HeaderList(headers)
    this.cookies = new ResponseCookies(this.headers)
  }
  get ok() {
    return this.status >= 200 && this.status < 300
  }
  async json() {
    return this.body
  }
  /**
   * "Carry on to the page": the middleware lets the request through. With
   * `{ request: { headers } }`, the page's request carries those headers instead of the browser's.
   */
  static next(init = {}) {
    const res = new NextResponse()
    res.continues = true
    res.requestHeaders = init.request?.headers
    return res
  }
  static json(data, init = {}) {
    const headers = { 'content-type': 'application/json', ...init.headers }
    return new NextResponse(data, { ...init, headers })
  }
}

/**
 * The server-side fetch() that middleware and route handlers call. It reaches this app's routes
 * and, like the real one, has no cookie jar: the Set-Cookie lines of its response are only
 * headers in the caller's hands. Nobody will store them unless the caller passes them on.
 */
export async function fetch(input, init = {}) {
  const request = createRequest(init.method ?? 'GET', String(input), init.headers)
  trace.hop('Edge middleware', 'Node route', request)
  const response = await route(request)
  const lost = response.headers.getSetCookie().length > 0
  const note = lost ? 'fetch() has no cookie jar: these cookies are now just headers' : undefined
  trace.hop('Node route', 'Edge middleware', response, note)
  return response
}

async function route(request) {
  const handler = app.routes[request.url.pathname]?.[request.method]
  seenByServer = parseCookieHeader(request.headers.get('cookie'))
  if (!handler) return NextResponse.json({ error: 'no such route' }, { status: 404 })
  return handler(new NextRequest(request))
}

/** What the app does with a request from the browser; `response.from` says who answered. */
export async function serve(request, sender) {
  const isRoute = request.url.pathname in app.routes
  seenByServer = parseCookieHeader(request.headers.get('cookie'))
  trace.hop(sender, isRoute ? 'Node route' : 'Edge middleware', request)
  if (isRoute) return Object.assign(await route(request), { from: 'Node route' })
  const middleware = app.middleware ?? (() => NextResponse.next())
  const decision = await middleware(new NextRequest(request))
  if (!decision.continues) return Object.assign(decision, { from: 'Edge middleware' })

  // The page's request: the browser's, or the one the middleware passed on. Next 14.2.8+ also
  // merges cookies set with res.cookies.set() into what cookies() reads (cookies() only). A raw
  // res.headers.append('set-cookie', …) alone reaches the browser, not the page.
  const seen = parseCookieHeader((decision.requestHeaders ?? request.headers).get('cookie'))
  for (const [name, value] of decision.cookies.viaApi) seen.set(name, value)
  const cookie = [...seen].map(([name, value]) => `${name}=${value}`).join('; ')
  const pageRequest = createRequest(request.method, request.url, cookie ? { cookie } : {})
  seenByServer = seen
  trace.hop('Edge middleware', 'Page', pageRequest)

  const render = app.pages[request.url.pathname]
  const response = render
    ? new NextResponse(render())
    : new NextResponse('Not found', { status: 404 })
  for (const line of decision.headers.getSetCookie()) response.headers.append('set-cookie', line)
  return Object.assign(response, { from: 'Page' })
}
