// What the upgrade costs or saves, side by side in one run: the recipes' app on Next 14.2.35 (edge
// middleware; the forward strategy fetch()es the app's own refresh route) against the same app on
// Next 16 (proxy.ts on Node; forward rotates in process). Two figures, each alternating the apps so
// drift from other load on the machine hits both alike, as ratios 16 / 14: protected-page
// throughput with a valid token, and the time of the first request after the token expired.
import { closedLoop, COOKIE, iqr, loopSummary, median, pastExpiryMs, percentile, request, signIn, sleep } from './http.mjs'
import { upgradeApps } from './upgrade-apps.mjs'
import { startApp } from '../servers.mjs'

const SIDES = ['next14', 'next16']
const PAGE = '/demo/dashboard'

// Throughput: the middleware bench's load, on the dashboard.
const CONNECTIONS = 8
const ROUNDS = 8
const ROUND_MS = 1500
const WARMUP_REQUESTS = 200
// A token that outlives the run: within a quarter of its TTL of expiry the middleware refreshes
// (lib/edge/protocol.ts), so a short-lived one would be refreshed under load, not just verified.
const VALID_TTL_S = 3600

// First request after expiry: round 0 warms each server's refresh path and is not counted.
const EXPIRY_ROUNDS = 6
const PER_ROUND = 4
const TTL_S = 3

const NAMES = { next14: 'Next 14', next16: 'Next 16' }

const get = (url, cookie) => request(url, { headers: { cookie, accept: 'text/html' } })
const signedIn = (res) => res.status === 200 && res.body.includes('Signed in as')
const refreshed = (res) => (res.headers['set-cookie'] ?? []).some((line) => line.startsWith(`${COOKIE.refresh}=`))
const answer = (res) => (signedIn(res) ? `200${refreshed(res) ? ', refreshed' : ' without a refresh'}` : `${res.status}${res.headers.location ? ` to ${res.headers.location}` : ''}`)

/** Both apps' `next start`, forward strategy, with `env`; stopped once `measure` is done. */
async function withServers(apps, env, measure) {
  const started = await Promise.allSettled(SIDES.map((side) => startApp(apps[side].dir, { AUTH_REFRESH_STRATEGY: 'forward', ...env })))
  try {
    const failed = started.find((s) => s.status === 'rejected')
    if (failed) throw failed.reason
    return await measure(Object.fromEntries(SIDES.map((side, i) => [side, started[i].value])))
  } finally {
    await Promise.all(started.filter((s) => s.status === 'fulfilled').map((s) => s.value.stop()))
  }
}

// One dashboard load under throughput: a redirect, an error page or a refresh would not be the
// page with a valid token, so any of them stops the phase.
async function dashboard(url, cookie) {
  const res = await get(url, cookie)
  if (!signedIn(res) || refreshed(res)) throw new Error(`${url} answered ${answer(res)}: not the dashboard with a valid token`)
  return res.ms
}

async function throughput(servers) {
  const apps = {}
  for (const side of SIDES) apps[side] = { server: servers[side], cookie: (await signIn(servers[side].url)).header() }
  for (let i = 0; i < WARMUP_REQUESTS; i++) await Promise.all(SIDES.map((side) => dashboard(servers[side].url + PAGE, apps[side].cookie)))
  const seen = Object.fromEntries(SIDES.map((side) => [side, { rps: [], cpuMs: [], latencies: [] }]))
  const ratios = []
  for (let round = 0; round < ROUNDS; round++) {
    const rps = {}
    for (const side of round % 2 ? [...SIDES].reverse() : SIDES) {
      const result = await closedLoop(apps[side], PAGE, { connections: CONNECTIONS, durationMs: ROUND_MS, load: dashboard })
      rps[side] = result.rps
      seen[side].rps.push(result.rps)
      seen[side].cpuMs.push(result.cpuMs)
      seen[side].latencies.push(...result.latencies)
    }
    ratios.push(rps.next16 / rps.next14)
  }
  return {
    connections: CONNECTIONS,
    rounds: ROUNDS,
    roundMs: ROUND_MS,
    next14: loopSummary(seen.next14),
    next16: loopSummary(seen.next16),
    ratio: Number(median(ratios).toFixed(3)),
    ratioIqr: iqr(ratios, 3)
  }
}

/**
 * The first dashboard load of a session whose token expired. Resolves with its ms, or why there
 * is none: `failed` (a 5xx, a redirect to sign in, or no refresh: what the bench exists to catch)
 * or `slow` (no answer in time on a busy machine: reported, left out, never fatal).
 */
async function firstAfterExpiry(url, jar) {
  const res = await get(url, jar.header()).catch((error) => ({ error }))
  if (res.error) return { kind: 'slow', detail: res.error.message }
  if (!signedIn(res) || !refreshed(res)) return { kind: 'failed', detail: `answered ${answer(res)}` }
  return { kind: 'ok', ms: res.ms }
}

async function afterExpiry(servers) {
  const pairs = []
  const slow = []
  const failures = []
  for (let round = 0; round < EXPIRY_ROUNDS; round++) {
    // Sessions signed in and loaded in the same interleaved order, the first side swapping each
    // round: every session waits about as long past expiry, and neither app always goes first.
    const order = Array.from({ length: PER_ROUND * 2 }, (_, i) => SIDES[(i + round) % 2])
    const sessions = []
    for (const side of order) sessions.push({ side, jar: await signIn(servers[side].url) })
    await sleep(pastExpiryMs(TTL_S))
    const ms = { next14: [], next16: [] }
    for (const { side, jar } of sessions) {
      const sample = await firstAfterExpiry(servers[side].url + PAGE, jar)
      if (sample.kind === 'failed') failures.push(`${NAMES[side]}: ${sample.detail}`)
      if (sample.kind === 'slow') slow.push(`${NAMES[side]}: ${sample.detail}`)
      ms[side].push(sample.ms ?? null)
    }
    if (round === 0) continue
    // The n-th session of each side in a round: loaded next to each other, a like-for-like pair.
    ms.next14.forEach((old, i) => old !== null && ms.next16[i] !== null && pairs.push([old, ms.next16[i]]))
  }
  const side = (values) => ({ p50: Math.round(percentile(values, 50)), p90: Math.round(percentile(values, 90)) })
  const ratios = pairs.map(([old, upgraded]) => upgraded / old)
  return {
    ttlSeconds: TTL_S,
    samples: pairs.length,
    next14: side(pairs.map(([old]) => old)),
    next16: side(pairs.map(([, upgraded]) => upgraded)),
    ratio: Number(median(ratios).toFixed(2)),
    ratioIqr: iqr(ratios),
    pairsMs: pairs.map((pair) => pair.map(Math.round)),
    slow,
    failures
  }
}

export async function benchUpgrade() {
  const apps = await upgradeApps()
  console.error(`  protected-page throughput: ${ROUNDS} rounds of ${ROUND_MS / 1000} s on each app…`)
  const valid = await withServers(apps, { ACCESS_TOKEN_TTL: String(VALID_TTL_S) }, throughput)
  console.error(`  first request after expiry: ${EXPIRY_ROUNDS} rounds of ${PER_ROUND} sessions on each app…`)
  const expiry = await withServers(apps, { ACCESS_TOKEN_TTL: String(TTL_S) }, afterExpiry)
  return {
    next14: { version: apps.next14.version },
    next16: { version: apps.next16.version, installReused: apps.next16.reused },
    throughput: valid,
    afterExpiry: expiry,
    // For run.mjs, as the refresh phase reports them: failures fail the bench, slow samples do not.
    failures: expiry.failures,
    slow: expiry.slow
  }
}
