// Three short stories about the client refresher: its timers, two callers
// at the same moment, and a laptop that slept for five minutes.
import { routes } from '../shared/routes.js'
import { browser, clock, finish, start, trace } from '../shared/scenario.js'
import { createRefresher } from './refresher.js'

export async function run() {
  return [await timers(), await singleFlight(), await afterIdle()]
}

async function signIn() {
  start({ routes })
  const refresher = createRefresher()
  const res = await browser.fetch('/api/auth/login', { method: 'POST' })
  refresher.start((await res.json()).accessExpiresAt)
  return refresher
}

function refreshes() {
  return trace.hops.filter((h) => h.title === 'POST /api/auth/refresh').length
}

async function timers() {
  await signIn()
  await clock.advance(60_000)
  trace.note('A minute with the page open: a refresh before each expiry.')
  const res = await browser.fetch('/api/data')
  return finish('Timers refresh before expiry', {
    ok: res.ok,
    text: `${refreshes()} refreshes in 60 s; then /api/data got ${res.status}.`
  })
}

async function singleFlight() {
  const refresher = await signIn()
  await clock.advance(10_000)
  trace.note('Two components ask for a refresh at the same moment.')
  await Promise.all([refresher.refresh(), refresher.refresh()])
  return finish('Two callers, one request', {
    ok: refreshes() === 1,
    text: `2 callers asked; ${refreshes()} refresh request(s) went out.`
  })
}

async function afterIdle() {
  const refresher = await signIn()
  clock.sleep(5 * 60_000)
  trace.note('5 minutes asleep: no timer fired; the access cookie expired.')
  await refresher.wake()
  await refresher.ready()
  const res = await browser.fetch('/api/data')
  return finish('Waking up after idle', {
    ok: res.ok,
    text: `On wake: ${refreshes()} refresh, then /api/data got ${res.status}.`
  })
}
