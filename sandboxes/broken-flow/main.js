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
  trace.note('31 s later the access token has expired; the jar dropped it.')
  await browser.navigate('/dashboard')
  const verdict = refreshVerdict()

  await clock.advance(15_000)
  trace.note('15 s later, past the grace window, the dashboard again.')
  await browser.navigate('/dashboard')

  return [finish('Open the dashboard with an expired token', verdict)]
}
