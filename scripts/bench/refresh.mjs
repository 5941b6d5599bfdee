// Refresh cost per strategy, in real Chromium: the time to a rendered dashboard for the first
// request after the access token expired, against the same load with a valid token, and the
// browser round trips each needed. Both loads open a fresh page: for `client` that means the
// refresher was not running when the token expired (a tab reopened, or asleep), the honest worst
// case; with a page open all along, it refreshes ahead of expiry and the reader waits for nothing.
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from '../browser.mjs'
import { iqr, median, pastExpiryMs, sleep } from './http.mjs'
import { startNext } from '../servers.mjs'

const FLOWS = ['forward', 'redirect', 'client', 'broken']
// Round 0 warms the server (first refresh, first render of each path) and is not counted.
const ROUNDS = 4
// Sessions per strategy per round: they share one wait for expiry.
const PER_ROUND = 4
const TTL_S = 3
const PAST_EXPIRY_MS = pastExpiryMs(TTL_S)

// Records, in page time (from navigation start, redirects included), when each marker appears.
function watchMarkers() {
  const seen = (window.__rendered = {})
  const check = () => {
    for (const id of ['user', 'expired-notice']) {
      if (!(id in seen) && document.querySelector(`[data-testid="${id}"]`)) seen[id] = performance.now()
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true })
}

// A round trip: a document (each redirect hop too), an API call or an RSC fetch. Not static
// assets, and not the router's prefetches of the page's links.
function roundTrip(req) {
  const { pathname } = new URL(req.url())
  return !pathname.startsWith('/_next/static') && !/\.(svg|ico|png|css|js)$/.test(pathname) && !req.headers()['next-router-prefetch']
}

const jtiOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).jti

async function accessJti(context) {
  const cookie = (await context.cookies()).find((c) => c.name === '__Host-cf_access')
  return cookie ? jtiOf(cookie.value) : null
}

// How long a marker may take before the sample counts as slow. A busy machine can miss it
// without anything being wrong; that sample is reported and left out, never fatal.
const MARKER_TIMEOUT_MS = 20_000

/**
 * Opens the dashboard in a fresh page and waits for `marker`. Resolves with the sample, or with
 * why there is none: `slow` (the marker did not show in time) or `failed` (a 5xx, or the reader
 * was sent to the login page: what the bench exists to catch, and fails on).
 */
async function loadDashboard(context, marker) {
  const page = await context.newPage()
  const trips = []
  const errors = []
  page.on('request', (req) => roundTrip(req) && trips.push(`${req.method()} ${new URL(req.url()).pathname}`))
  page.on('response', (res) => res.status() >= 500 && errors.push(`${res.status()} ${new URL(res.url()).pathname}`))
  try {
    await page.goto('/demo/dashboard', { waitUntil: 'commit' })
    const shown = await page
      .getByTestId(marker)
      .waitFor({ state: 'attached', timeout: MARKER_TIMEOUT_MS })
      .then(() => true)
      .catch(() => false)
    const where = `${marker} at ${new URL(page.url()).pathname} after ${trips.join(', ')}`
    if (errors.length) return { kind: 'failed', detail: `${errors.join(', ')} (waiting for ${where})` }
    if (new URL(page.url()).pathname === '/demo/login') return { kind: 'failed', detail: `signed out: ${page.url()}` }
    if (!shown) return { kind: 'slow', detail: `${where}: not shown within ${MARKER_TIMEOUT_MS / 1000} s` }
    const ms = await page.evaluate((id) => window.__rendered[id], marker)
    const jti = marker === 'user' ? await page.getByTestId('server-jti').textContent() : null
    return { kind: 'ok', ms, trips: [...trips], jti }
  } catch (error) {
    return { kind: 'slow', detail: `${marker}: ${error.message.split('\n')[0]}` }
  } finally {
    await page.close() // for `client`: no refresher left running in the background
  }
}

// Through the JSON route, in the context's own cookie jar: no page, so no client refresher runs.
async function signIn(context, flow) {
  const res = await context.request.post('/api/auth/login', { data: { username: 'demo', password: 'demo', flow } })
  if (res.status() !== 200) throw new Error(`sign-in answered ${res.status()}: ${await res.text()}`)
}

export async function benchRefresh() {
  const server = await startNext({ ACCESS_TOKEN_TTL: String(TTL_S) })
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
  const samples = Object.fromEntries(FLOWS.map((flow) => [flow, []]))
  let discarded = 0
  const slow = [] // samples a busy machine made too slow to count: reported, not fatal
  const failures = [] // 5xx or a logout: the bench fails on these
  const account = (flow, load) => {
    if (load.kind === 'slow') slow.push(`${flow}: ${load.detail}`)
    if (load.kind === 'failed') failures.push(`${flow}: ${load.detail}`)
    return load.kind === 'ok'
  }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order so no strategy always goes first (or last) after the wait.
      const order = Array.from({ length: FLOWS.length * PER_ROUND }, (_, i) => FLOWS[(i + round) % FLOWS.length])
      const runs = []
      for (const flow of order) {
        const context = await browser.newContext({ baseURL: server.browserUrl })
        await context.addInitScript(watchMarkers)
        const signedIn = await signIn(context, flow).then(() => true, (error) => (failures.push(`${flow}: ${error.message}`), false))
        if (!signedIn) {
          await context.close()
          continue
        }
        const run = { flow, context, signedInAt: Date.now(), jti: await accessJti(context) }
        // A first load warms the context as a returning reader's browser is warm: its renderer,
        // connection and cached scripts (the client refresher needs them before it can run).
        const warm = await loadDashboard(context, 'user')
        // `broken` never gets a token after expiry, so its valid load is the one before.
        if (account(flow, warm) && flow === 'broken') run.valid = await loadDashboard(context, 'user')
        if (warm.kind === 'ok' && (!run.valid || account(flow, run.valid))) runs.push(run)
        else await context.close()
      }
      if (runs.length === 0) continue
      await sleep(Math.max(0, runs.at(-1).signedInAt + PAST_EXPIRY_MS - Date.now()))
      for (const run of runs) {
        const expired = await loadDashboard(run.context, run.flow === 'broken' ? 'expired-notice' : 'user')
        // The same load right after, with the token that refresh delivered: a like-for-like pair.
        const valid = account(run.flow, expired) ? (run.valid ?? (await loadDashboard(run.context, 'user'))) : null
        await run.context.close()
        if (!valid || !account(run.flow, valid)) continue
        // The valid load must not have refreshed (one trip, the token the browser held); the expired
        // one must have (a new token rendered), except `broken`, which never delivers one.
        const ok = run.flow === 'broken' ? valid.jti === run.jti : expired.jti !== run.jti && valid.jti === expired.jti
        if (round === 0) continue
        if (ok && valid.trips.length === 1) samples[run.flow].push({ valid, expired })
        else discarded++
      }
    }
  } finally {
    await browser.close()
    await server.stop()
  }
  return {
    ttlSeconds: TTL_S,
    samplesPerFlow: (ROUNDS - 1) * PER_ROUND,
    discarded,
    slow,
    failures,
    flows: FLOWS.map((flow) => summarize(flow, samples[flow]))
  }
}

function summarize(flow, runs) {
  if (runs.length === 0) return { flow, samples: 0 }
  const last = runs.at(-1)
  return {
    flow,
    samples: runs.length,
    validMs: Math.round(median(runs.map((r) => r.valid.ms))),
    expiredMs: Math.round(median(runs.map((r) => r.expired.ms))),
    ratio: Number(median(runs.map((r) => r.expired.ms / r.valid.ms)).toFixed(2)),
    ratioIqr: iqr(runs.map((r) => r.expired.ms / r.valid.ms)),
    validTrips: median(runs.map((r) => r.valid.trips.length)),
    expiredTrips: median(runs.map((r) => r.expired.trips.length)),
    expiredPath: last.expired.trips,
    pairsMs: runs.map((r) => [Math.round(r.valid.ms), Math.round(r.expired.ms)]),
    rendered: flow === 'broken' ? 'expired notice: the new cookies never reached the browser' : 'signed in, new token'
  }
}
