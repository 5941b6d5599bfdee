// Two tabs of one browser find the access token expired at the same moment
// and both refresh. They share the jar, so both send the same refresh token,
// and the second arrives after the first has rotated it.
// Try other grace windows: the first race always runs with none.
import { routes } from '../shared/routes.js'
import {
  browser, clock, finish, sessions, start
} from '../shared/scenario.js'

const GRACE_SECONDS = 10

export async function run() {
  return [await race(0), await race(GRACE_SECONDS)]
}

async function race(grace) {
  start({ routes }, { grace })
  await browser.fetch('/api/auth/login', { method: 'POST' })
  await clock.advance(31_000)

  const refresh = { method: 'POST' }
  await Promise.all([
    browser.fetch('/api/auth/refresh', { ...refresh, tab: 'Tab A' }),
    browser.fetch('/api/auth/refresh', { ...refresh, tab: 'Tab B' })
  ])
  const data = await browser.fetch('/api/data', { tab: 'Tab A' })

  const held = browser.jar.get('refresh')
  const signedIn = data.ok && held !== undefined && held === sessions.current()
  return finish(`Grace window: ${grace} s`, {
    ok: signedIn,
    text: signedIn
      ? `Still signed in: both tabs hold refresh=${held}.`
      : 'Signed out: the second refresh looked like theft; session revoked.'
  })
}
