import { NextResponse, type NextRequest } from 'next/server'
import { PRIVATE_NO_STORE } from './cookies'

// Passes a refresh response's cookies on from middleware. Not with `res.cookies.set()`: in
// 14.2.35 that reaches only `cookies()`, and its parser drops Max-Age and decodes values again
// (a `%25` throws). Instead each Set-Cookie line goes to the browser as written, and the request
// the page renders gets a rewritten `cookie` header, which every reader sees on every 14.x.

/** The `cookie` request header as the browser will send it once it has stored these lines. */
export function cookieHeaderAfter(cookieHeader: string | null, setCookies: string[], now = Date.now()): string {
  const jar = new Map<string, string>()
  for (const part of (cookieHeader ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  for (const line of setCookies) {
    const pair = line.split(';', 1)[0]
    const at = pair.indexOf('=')
    if (at <= 0) continue
    const maxAge = /;\s*max-age=(-?\d+)/i.exec(line)?.[1]
    const expires = /;\s*expires=([^;]+)/i.exec(line)?.[1]
    const deleted = maxAge !== undefined ? Number(maxAge) <= 0 : expires !== undefined && Date.parse(expires) <= now
    if (deleted) jar.delete(pair.slice(0, at).trim())
    else jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
  }
  // Array.from, not a spread: create-next-app's tsconfig sets no target, and tsc then refuses to spread a Map.
  return Array.from(jar, ([name, value]) => `${name}=${value}`).join('; ')
}

/** Lets the request through with these cookies: in the browser byte for byte, and already in the request. */
export function forwardSetCookies(req: NextRequest, setCookies: string[], extraRequestHeaders: Record<string, string> = {}): NextResponse {
  const headers = new Headers(req.headers)
  headers.set('cookie', cookieHeaderAfter(req.headers.get('cookie'), setCookies))
  for (const [name, value] of Object.entries(extraRequestHeaders)) headers.set(name, value)
  const res = NextResponse.next({ request: { headers } })
  for (const line of setCookies) res.headers.append('set-cookie', line)
  // It carries tokens: no shared cache may keep it, even for a page Next would send with s-maxage.
  res.headers.set('cache-control', PRIVATE_NO_STORE)
  return res
}
