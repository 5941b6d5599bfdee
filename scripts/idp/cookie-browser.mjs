// @ts-check
// A browser's cookies and redirects, by hand, for the tests and the bench: fetch would follow
// redirects without its cookies. Cookies are kept per host (the app and the provider each get
// their own), by name; an expired Set-Cookie deletes.

export class CookieBrowser {
  /** @type {Map<string, Map<string, string>>} */
  #jars = new Map()

  /** @param {string} url */
  #jar(url) {
    const host = new URL(url).host
    if (!this.#jars.has(host)) this.#jars.set(host, new Map())
    return /** @type {Map<string, string>} */ (this.#jars.get(host))
  }

  /** The `cookie` header this browser sends to `url`. @param {string} url */
  cookieHeader(url) {
    return [...this.#jar(url)].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  /**
   * One request, no redirect followed; keeps what it sets.
   * @param {string} url
   * @param {RequestInit} [init]
   */
  async request(url, init = {}) {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: this.cookieHeader(url) } })
    const jar = this.#jar(url)
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';')
      const at = pair.indexOf('=')
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)]
      const gone = attributes.some((a) => /^\s*(expires=Thu, 01 Jan 1970|max-age=0\b)/i.test(a))
      if (gone) jar.delete(name)
      else jar.set(name, value)
    }
    return response
  }

  /**
   * Follows redirects from `url` until a page (not a 3xx) or a redirect to `stopAt`; returns that response.
   * @param {string} url
   * @param {string} stopAt
   * @param {RequestInit} [init]
   */
  async follow(url, stopAt, init) {
    let response = await this.request(url, init)
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || !location) return response
      const next = new URL(location, url).href
      if (next.startsWith(stopAt)) return response
      response = await this.request((url = next))
    }
    throw new Error(`more than 10 redirects from ${url}`)
  }
}
