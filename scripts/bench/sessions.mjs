// Many sessions, each a client with its own cookie jar and several requests in flight at once,
// across token expiries: a crowd of browser tabs. Shared by the concurrency bench, the soak and
// tests/e2e/soak.spec.ts, so the script and the CI test count the same things the same way.
import { COOKIE, accessExpiry, percentile, request, signIn, sleep } from './http.mjs'

// The store-outage answer (lib/edge/sign-in-redirect.ts, lib/node/http.ts): a 503 that says so.
export const INTACT = 'Your session is intact'
// components/TokenRefresher.tsx refreshes min(5 s, TTL/4) before expiry; TTL is 2 s in these runs.
const CLIENT_MARGIN_MS = 500

/**
 * What a response means for its session. `logout` is a redirect to the login page or a 401;
 * `unavailable` is the store-outage 503 with its message and Retry-After; any other 5xx is
 * `error5xx`. A dashboard that renders its expired-token notice, or a session route that says
 * the token expired, is `expired`: still signed in, but shown no data. A dashboard without
 * either is `notSignedIn`; a session route that says signed-out is a `logout`.
 */
export function classify(res, kind) {
  if (res.status >= 300 && res.status < 400) return (res.headers.location ?? '').includes('/demo/login') ? 'logout' : 'other'
  if (res.status === 401) return 'logout'
  if (res.status === 503 && res.body.includes(INTACT) && res.headers['retry-after']) return 'unavailable'
  if (res.status >= 500) return 'error5xx'
  if (res.status !== 200) return 'other'
  if (kind === 'page') {
    if (res.body.includes('data-testid="user"')) return 'ok'
    return res.body.includes('data-testid="expired-notice"') ? 'expired' : 'notSignedIn'
  }
  if (kind === 'session') return { active: 'ok', expired: 'expired' }[JSON.parse(res.body).status] ?? 'logout'
  return 'ok'
}

// What a session asks for: the dashboard (through the middleware), the session route (what the
// dashboard's live panel polls) and, for client sessions, the refresh route.
const REQUESTS = {
  page: { method: 'GET', path: '/demo/dashboard', accept: 'text/html' },
  session: { method: 'GET', path: '/api/auth/session', accept: 'application/json' },
  refresh: { method: 'POST', path: '/api/auth/refresh', accept: 'application/json' }
}

const emptyCounts = () => ({ ok: 0, expired: 0, logout: 0, unavailable: 0, error5xx: 0, notSignedIn: 0, other: 0, network: 0 })

/**
 * Runs `sessions` sessions against `urls` (requests alternate between them) for `durationMs`,
 * each keeping `perSession` requests for `target` (page or session) in flight. `client`
 * sessions also call the refresh route before expiry, as the client refresher does; `forward`
 * ones leave it to the middleware. `during(load)` runs alongside (a fault, memory sampling);
 * the load lasts until both are done.
 */
export async function runLoad({ urls, sessions = 20, perSession = 4, flows = ['forward'], target = 'page', durationMs, during }) {
  const counts = emptyCounts()
  const latencies = []
  const problems = new Map() // first few distinct unexpected answers, to say what went wrong
  const crowd = await Promise.all(
    Array.from({ length: sessions }, async (_, index) => {
      const flow = flows[index % flows.length]
      const jar = await signIn(urls[index % urls.length], flow)
      return { index, flow, jar, tokens: new Set([jar.get(COOKIE.refresh)]), refreshes: 0, lastOk: 0, lastUnavailable: 0, retryAfterMs: 0 }
    })
  )
  const started = Date.now()
  let stop = false
  const load = { counts, sessions: crowd, now: () => Date.now() - started }

  async function hit(session, base, kind) {
    const { method, path, accept } = REQUESTS[kind]
    const url = base + path
    let res
    try {
      res = await request(url, { method, headers: { cookie: session.jar.header(), accept } })
    } catch (error) {
      counts.network++
      problems.set(`network: ${error.message}`, url)
      return
    }
    // Like a browser: each response's cookies are stored the moment it arrives.
    session.jar.apply(res)
    if (res.headers['set-cookie']?.some((c) => c.startsWith(`${COOKIE.refresh}=`) && !c.startsWith(`${COOKIE.refresh}=;`))) {
      session.refreshes++
      session.tokens.add(session.jar.get(COOKIE.refresh))
    }
    const verdict = classify(res, kind)
    counts[verdict]++
    latencies.push(res.ms)
    if (verdict === 'ok') session.lastOk = Date.now()
    else if (verdict === 'unavailable') {
      session.lastUnavailable = Date.now()
      session.retryAfterMs = Number(res.headers['retry-after']) * 1000
    } else if (verdict !== 'expired') problems.set(`${verdict}: ${res.status} ${res.headers.location ?? res.body.slice(0, 160).replace(/\s+/g, ' ')}`, url)
  }

  async function drive(session) {
    let turn = session.index
    const next = () => urls[turn++ % urls.length]
    while (!stop) {
      // A well-behaved client waits as long as a 503's Retry-After asks.
      if (session.retryAfterMs) await sleep(Math.min(session.retryAfterMs, 5000))
      session.retryAfterMs = 0
      if (!session.jar.get(COOKIE.refresh)) session.jar = await signIn(next(), session.flow) // logged out: a user signs in again
      if (session.flow === 'client' && accessExpiry(session.jar) - CLIENT_MARGIN_MS <= Date.now()) await hit(session, next(), 'refresh')
      await Promise.all(Array.from({ length: perSession }, () => hit(session, next(), target)))
    }
  }

  const drivers = crowd.map(drive)
  await Promise.all([new Promise((r) => setTimeout(r, durationMs)), during?.(load)])
  stop = true
  await Promise.all(drivers)
  const seconds = (Date.now() - started) / 1000

  // Rotations: each distinct refresh token a session received after its first. Every concurrent
  // refresh within the grace window hands out the same successor, so the rest are grace answers.
  const rotations = crowd.reduce((sum, s) => sum + s.tokens.size - 1, 0)
  const refreshes = crowd.reduce((sum, s) => sum + s.refreshes, 0)
  return {
    sessions,
    perSession,
    seconds: Number(seconds.toFixed(1)),
    requests: latencies.length + counts.network,
    rps: Math.round(latencies.length / seconds),
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    rotations,
    graceRefreshes: refreshes - rotations,
    counts,
    problems: [...problems].slice(0, 5).map(([what, url]) => `${what} (${url})`),
    crowd
  }
}
