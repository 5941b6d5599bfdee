// Wires one run of a sandbox: a fresh clock, session store, jar and trace, and the app to serve.
// A sandbox's main.js calls start(), plays its story, then returns finish()'s section.
import { browser } from './browser.js'
import { clock } from './clock.js'
import { cookies, listen } from './next.js'
import { sessions } from './sessions.js'
import { trace } from './trace.js'

export { browser, clock, sessions, trace }

/** `app` is { middleware, routes, pages }; `settings` overrides the store's accessTtl, grace… */
export function start(app, settings = {}) {
  clock.reset()
  sessions.reset(settings)
  browser.jar.clear()
  listen(app)
  trace.reset(() => ({
    browserJar: browser.jar.list().map(({ name, value }) => `${name}=${value}`),
    serverCookies: cookies().getAll().map(({ name, value }) => `${name}=${value}`)
  }))
}

/** One titled part of the preview: the hops so far and a verdict ({ ok, text }) on them. */
export function finish(title, verdict) {
  return { title, verdict, hops: trace.hops }
}

/** Did the browser end up with the refresh token the server expects next? */
export function refreshVerdict() {
  const held = browser.jar.get('refresh')
  const expected = sessions.current()
  if (held && held === expected) {
    return { ok: true, text: `Cookie delivered: the browser holds refresh=${held}, the newest.` }
  }
  const server = expected ? `the server expects ${expected}` : 'the server revoked the session'
  const text = `Cookie lost: the browser holds refresh=${held ?? '(none)'}; ${server}.`
  return { ok: false, text }
}
