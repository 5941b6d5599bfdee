// The browser: one cookie jar shared by every tab, navigation and script of the origin. Whatever
// it sends carries the cookies that match; whatever response it receives lands in the jar.
import { ORIGIN, createRequest } from './http.js'
import { CookieJar } from './jar.js'
import { serve } from './next.js'
import { trace } from './trace.js'

export const browser = {
  jar: new CookieJar(),

  /** A navigation: the address bar, a link, a reload. */
  navigate(path, { tab = 'Browser' } = {}) {
    return send('GET', path, tab)
  },

  /** The page's own fetch() (same origin, so it sends and stores cookies as navigations do). */
  fetch(path, { method = 'GET', tab = 'Browser' } = {}) {
    return send(method, path, tab)
  }
}

async function send(method, path, tab) {
  const cookie = browser.jar.header(new URL(path, ORIGIN).pathname)
  const request = createRequest(method, path, cookie ? { cookie } : {})
  const response = await serve(request, tab)
  browser.jar.store(response.headers.getSetCookie())
  trace.hop(response.from, tab, response)
  return response
}
