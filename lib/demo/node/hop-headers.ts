import { fingerprint, hashToken } from '@/lib/node/refresh-token'

// What a hop carried, as the refresh route saw it, for the inspector to show. No header value
// that could hold a credential is kept: each cookie value is reduced to the same fingerprint the
// diagram uses (the first hex digits of its SHA-256), so a reader can follow a token from the
// request that presented it to the response that replaced it, and nobody can replay one.

/** A cookie as shown: its name and the fingerprint of its value ('' when the value is empty). */
export interface ShownCookie {
  name: string
  fp: string
}

export interface ShownSetCookie extends ShownCookie {
  /** As written, in order: HttpOnly, Secure, SameSite=Lax, Path=/, Max-Age=…, Expires=… */
  attributes: string[]
}

export interface RecordedHop {
  request: { method: string; path: string; cookies: ShownCookie[]; headers: [string, string | null][] }
  response?: { status: number; setCookies: ShownSetCookie[]; headers: [string, string | null][] }
}

// Enough for every cookie and header this app sends; a request stuffed with cookies cannot make
// an event (one write to the log, kept per session) grow without bound.
export const MAX_COOKIES = 12
export const MAX_VALUE_CHARS = 160

const REQUEST_HEADERS = ['Origin', 'Sec-Fetch-Site', 'Accept'] as const
const RESPONSE_HEADERS = ['Cache-Control', 'Location'] as const
// The attributes a reader needs to see where a cookie lands and for how long; nothing else is kept.
const ATTRIBUTES = /^(httponly|secure|partitioned|samesite|path|domain|max-age|expires)$/i

export const valueFp = (value: string) => (value === '' ? '' : fingerprint(hashToken(value)))

const clip = (value: string | null) => (value !== null && value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value)

/** The `cookie` header, each value as it went over the wire, reduced to its fingerprint. */
export function shownCookies(header: string | null): ShownCookie[] {
  const cookies: ShownCookie[] = []
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at <= 0) continue
    cookies.push({ name: clip(part.slice(0, at).trim())!, fp: valueFp(part.slice(at + 1).trim()) })
  }
  return cookies.length > MAX_COOKIES ? [...cookies.slice(0, MAX_COOKIES), { name: `(${cookies.length - MAX_COOKIES} more)`, fp: '' }] : cookies
}

/** One Set-Cookie line: the name, the value's fingerprint, and the attributes that matter. */
export function shownSetCookie(line: string): ShownSetCookie {
  const [pair, ...rest] = line.split(';')
  const at = pair.indexOf('=')
  const name = at > 0 ? pair.slice(0, at).trim() : pair.trim()
  const attributes: string[] = []
  for (const raw of rest) {
    const [key, ...value] = raw.trim().split('=')
    if (!ATTRIBUTES.test(key.trim())) continue
    attributes.push(clip(value.length ? `${key.trim()}=${value.join('=').trim()}` : key.trim())!)
  }
  return { name: clip(name)!, fp: at > 0 ? valueFp(pair.slice(at + 1).trim()) : '', attributes }
}

/** The request as it reached the route, and (once built) the response it answered with. */
export function recordHop(req: Request, response?: Response): RecordedHop {
  const url = new URL(req.url)
  const hop: RecordedHop = {
    request: {
      method: req.method,
      path: clip(url.pathname + url.search)!,
      cookies: shownCookies(req.headers.get('cookie')),
      headers: REQUEST_HEADERS.map((name) => [name, clip(req.headers.get(name))])
    }
  }
  if (response) {
    hop.response = {
      status: response.status,
      setCookies: response.headers.getSetCookie().slice(0, MAX_COOKIES).map(shownSetCookie),
      headers: RESPONSE_HEADERS.map((name) => [name, clip(response.headers.get(name))])
    }
  }
  return hop
}
