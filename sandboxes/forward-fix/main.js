// The broken flow's story with the fixed middleware: sign in, let the access
// token expire, open the dashboard, and check what the page saw.
import { routes } from '../shared/routes.js'
import {
  browser, clock, finish, refreshVerdict, start, trace
} from '../shared/scenario.js'
import { middleware } from './middleware.js'
import Dashboard from './page.js'

export async function run() {
  start({ middleware, routes, pages: { '/dashboard': Dashboard } })
  await browser.fetch('/api/auth/login', { method: 'POST' })

  await clock.advance(31_000)
  trace.note('The access token has expired, and the jar has dropped it.')
  await browser.navigate('/dashboard')
  const delivered = refreshVerdict()
  const page = trace.hops.findLast((hop) => hop.to === 'Page')
  const access = page.serverCookies.find((c) => c.startsWith('access='))

  await clock.advance(15_000)
  trace.note('The dashboard again: the new access token is still fresh.')
  await browser.navigate('/dashboard')

  return [
    finish('Open the dashboard with an expired token', {
      ok: delivered.ok && access !== undefined,
      text: `${delivered.text} The page saw ${access ?? 'no access token'}.`
    })
  ]
}
