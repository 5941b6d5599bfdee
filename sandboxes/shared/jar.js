// The browser's cookie jar: the only thing in this story that acts on Set-Cookie. It honours the
// three attributes the lesson needs (RFC 6265): Path picks which requests carry a cookie, Max-Age
// when it is dropped (0 deletes it at once), HttpOnly hides it from page scripts. One origin only,
// so Domain, Secure and SameSite are kept but not enforced.
import { clock } from './clock.js'
import { parseSetCookie } from './http.js'

export class CookieJar {
  #cookies = new Map()

  /** What the browser does with each Set-Cookie line of a response it received. */
  store(setCookieLines) {
    for (const line of setCookieLines) {
      const cookie = parseSetCookie(line)
      const path = cookie.path ?? '/'
      const key = `${cookie.name};${path}`
      if (cookie.maxAge !== undefined && cookie.maxAge <= 0) {
        this.#cookies.delete(key)
        continue
      }
      const expiresAt = cookie.maxAge === undefined ? Infinity : clock.now() + cookie.maxAge * 1000
      const { name, value, httpOnly = false } = cookie
      this.#cookies.set(key, { name, value, path, expiresAt, httpOnly })
    }
  }

  /** The cookies a request to `path` carries, most specific Path first. */
  matching(path) {
    return this.list()
      .filter((cookie) => pathMatches(path, cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
  }

  /** The `Cookie` request header for `path`, or undefined when no cookie applies. */
  header(path) {
    const cookies = this.matching(path)
    return cookies.length ? cookies.map((c) => `${c.name}=${c.value}`).join('; ') : undefined
  }

  /** What `document.cookie` shows a script on a page at `path`: never the HttpOnly ones. */
  documentCookie(path) {
    return this.matching(path)
      .filter((cookie) => !cookie.httpOnly)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ')
  }

  /** The first live cookie called `name`, or undefined. */
  get(name) {
    return this.list().find((cookie) => cookie.name === name)?.value
  }

  /** Every live cookie; expired ones are gone, as if the browser had swept them. */
  list() {
    const now = clock.now()
    for (const [key, cookie] of this.#cookies) {
      if (cookie.expiresAt <= now) this.#cookies.delete(key)
    }
    return [...this.#cookies.values()]
  }

  clear() {
    this.#cookies.clear()
  }
}

// RFC 6265 §5.1.4: "/docs" matches "/docs" and "/docs/a", not "/docsite".
function pathMatches(requestPath, cookiePath) {
  if (requestPath === cookiePath) return true
  if (!requestPath.startsWith(cookiePath)) return false
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'
}
