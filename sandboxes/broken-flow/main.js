// The story: sign in, let the access token expire, open the dashboard twice.
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
  const verdict = refreshVerdict()

  await clock.advance(15_000)
  trace.note('Past the 10 s grace window, the reader opens the dashboard.')
  await browser.navigate('/dashboard')

  return [finish('Open the dashboard with an expired token', verdict)]
}
