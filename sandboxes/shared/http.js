// HTTP messages and cookie lines, small enough to read in one sitting.
//
// Why not the platform's Headers, Request and Response? In a browser, `set-cookie` is a
// forbidden response header:
//   new Response('', { headers: { 'set-cookie': 'a=1' } }).headers.get('set-cookie') // null
// because page scripts must never read or forge cookies. Node keeps the header. This model runs
// in both, so it carries its own headers. The filter is a lesson too: only a cookie jar acts on
// Set-Cookie, and only the jar of whoever received the response.

export const ORIGIN = 'https://app.example'

/** An ordered list of header lines; a name may repeat, as `set-cookie` does. */
export class HeaderList {
  #lines = []

  constructor(init = {}) {
    const pairs = init instanceof HeaderList ? init.entries() : Object.entries(init)
    for (const [name, value] of pairs) this.append(name, value)
  }

  append(name, value) {
    this.#lines.push([name.toLowerCase(), String(value)])
  }

  /** Replaces every line of that name: two set('set-cookie', …) calls keep only the last cookie. */
  set(name, value) {
    this.delete(name)
    this.append(name, value)
  }

  delete(name) {
    this.#lines = this.#lines.filter(([n]) => n !== name.toLowerCase())
  }

  /** Like the platform's: repeated lines joined with ", ", which garbles Set-Cookie. */
  get(name) {
    const values = this.#lines.filter(([n]) => n === name.toLowerCase()).map(([, v]) => v)
    return values.length ? values.join(', ') : null
  }

  /** One entry per Set-Cookie line, as `Headers.prototype.getSetCookie()` returns them. */
  getSetCookie() {
    return this.#lines.filter(([n]) => n === 'set-cookie').map(([, v]) => v)
  }

  /** Iterable like the platform's Headers, so `new Headers(request.headers)` copies it. */
  [Symbol.iterator]() {
    return this.entries()[Symbol.iterator]()
  }

  entries() {
    return this.#lines.map(([n, v]) => [n, v])
  }
}

/** `name=value; Path=/; Max-Age=30; HttpOnly` → `{ name, value, path, maxAge, httpOnly }` */
export function parseSetCookie(line) {
  const [pair, ...attributes] = line.split(';').map((part) => part.trim())
  const eq = pair.indexOf('=')
  const cookie = { name: pair.slice(0, eq), value: pair.slice(eq + 1) }
  for (const attribute of attributes) {
    const [key, value] = attribute.split('=')
    const k = key.toLowerCase()
    if (k === 'path') cookie.path = value
    else if (k === 'max-age') cookie.maxAge = Number(value)
    else if (k === 'httponly') cookie.httpOnly = true
    else if (k === 'samesite') cookie.sameSite = value.toLowerCase()
    else if (k === 'secure') cookie.secure = true
  }
  return cookie
}

export function stringifySetCookie({ name, value, path, maxAge, httpOnly, sameSite, secure }) {
  const parts = [`${name}=${value}`]
  if (path) parts.push(`Path=${path}`)
  if (maxAge !== undefined) parts.push(`Max-Age=${maxAge}`)
  if (httpOnly) parts.push('HttpOnly')
  if (secure) parts.push('Secure')
  if (sameSite) parts.push(`SameSite=${sameSite[0].toUpperCase()}${sameSite.slice(1)}`)
  return parts.join('; ')
}

/** The request's `Cookie: a=1; b=2` header → Map { a → '1', b → '2' } */
export function parseCookieHeader(header) {
  const cookies = new Map()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  return cookies
}

export function createRequest(method, url, headers = {}) {
  return { method, url: new URL(url, ORIGIN), headers: new HeaderList(headers) }
}
