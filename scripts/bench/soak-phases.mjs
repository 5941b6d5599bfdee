// The soak's two phases, as functions of servers someone else started: `npm run soak`
// (scripts/bench/soak.mjs, 60 s) and the short CI version (tests/e2e/soak.spec.ts) run the same
// checks. Each returns its figures and a list of failures, empty when the phase passed.
import { request, sleep, median } from './http.mjs'
import { runLoad } from './sessions.mjs'

// JIT, caches and the heap growing to its working size: under this load the server's memory
// climbs for its first few thousand requests, then holds (a 180 s soak at 68 req/s: 135 MB at
// start, 390 MB at 1,400 requests, 415–450 MB from 2,700 requests to the end). Memory is sampled
// after a warm-up of at least 20 s and 3,000 requests (at most 60 s: a slow machine gets less).
const WARMUP = { ms: 20_000, requests: 3000, maxMs: 60_000 }
// Long enough that every session's token (2 s TTL, under 4 s with tolerance) expires during it.
const OUTAGE_MS = 5000
// The Redis client reconnects with a backoff of at most 2 s (lib/node/store/redis.ts).
const RECONNECT_MS = 4000

function mustBeZero(counts, names) {
  return names.filter((name) => counts[name] > 0).map((name) => `${counts[name]} × ${name}`)
}

/** Every session must still be signed in at the end: not one may have been lost. */
async function lostSessions(url, crowd) {
  const states = await Promise.all(
    crowd.map(async (s) => JSON.parse((await request(`${url}/api/auth/session`, { headers: { cookie: s.jar.header() } })).body).status)
  )
  return states.filter((status) => status === 'signed-out').length
}

/**
 * Sessions load the dashboard (forward and client strategies), with expiries every few seconds,
 * for `seconds`. With `rss()`, a warm-up comes first, then the server's memory is sampled every
 * 2 s; `maxGrowthMB` bounds the growth of its median from the first third to the last.
 * @param {{ url: string, seconds: number, rss?: () => number, maxGrowthMB?: number }} options
 */
export async function memorySoak({ url, seconds, rss, maxGrowthMB = 50 }) {
  const samples = []
  let warmup
  // Runs alongside the load, which lasts until this is done: the warm-up, then `seconds`.
  const sample = async (load) => {
    const served = () => Object.values(load.counts).reduce((sum, n) => sum + n, 0)
    while (load.now() < WARMUP.ms || (served() < WARMUP.requests && load.now() < WARMUP.maxMs)) await sleep(250)
    warmup = { ms: load.now(), requests: served() }
    while (load.now() < warmup.ms + seconds * 1000) {
      samples.push(rss())
      await sleep(2000)
    }
  }
  const load = await runLoad({ urls: [url], sessions: 12, perSession: 3, flows: ['forward', 'client'], durationMs: seconds * 1000, during: rss && sample })
  const failures = mustBeZero(load.counts, ['logout', 'error5xx', 'unavailable', 'notSignedIn', 'other', 'network'])
  const lost = await lostSessions(url, load.crowd)
  if (lost) failures.push(`${lost} sessions lost`)
  let memory
  if (rss) {
    const third = Math.floor(samples.length / 3)
    if (third < 1) throw new Error('memorySoak: too short to sample memory: run at least 6 s')
    const mb = (bytes) => Math.round(bytes / 2 ** 20)
    memory = { warmup, firstThirdMB: mb(median(samples.slice(0, third))), lastThirdMB: mb(median(samples.slice(-third))), samples: samples.length }
    memory.growthMB = memory.lastThirdMB - memory.firstThirdMB
    if (memory.growthMB > maxGrowthMB) failures.push(`memory grew ${memory.growthMB} MB (bound ${maxGrowthMB} MB)`)
  }
  const { crowd, ...figures } = load
  return { load: figures, lost, memory, failures }
}

/**
 * Client-strategy sessions poll the session route and refresh before expiry, against `urls`
 * sharing `redis`; a third of the way in, Redis stops for OUTAGE_MS, then comes back with its
 * data. Meanwhile every answer must be the outage 503 (message and Retry-After), never a
 * logout or another 5xx; afterwards every session must resume.
 * @param {{ urls: string[], redis: { stop(): Promise<void>, start(): Promise<void> }, seconds: number }} options
 */
export async function redisFault({ urls, redis, seconds }) {
  const outage = {}
  const fault = async (load) => {
    await sleep((seconds * 1000) / 3)
    outage.stoppedAt = load.now()
    await redis.stop()
    await sleep(OUTAGE_MS)
    await redis.start()
    const restarted = Date.now()
    outage.restartedAt = load.now()
    while (load.sessions.some((s) => s.lastOk < restarted) && load.now() < seconds * 1000) await sleep(50)
    outage.resumedAt = load.now()
    outage.restarted = restarted
  }
  const load = await runLoad({ urls, sessions: 10, perSession: 2, flows: ['client'], target: 'session', durationMs: seconds * 1000, during: fault })
  const failures = mustBeZero(load.counts, ['logout', 'error5xx', 'notSignedIn', 'other', 'network'])
  if (load.counts.unavailable === 0) failures.push('no request saw the outage: it did not test anything')
  const stuck = load.crowd.filter((s) => s.lastOk < outage.restarted).length
  if (stuck) failures.push(`${stuck} sessions did not resume after Redis came back`)
  const late = load.crowd.filter((s) => s.lastUnavailable > outage.restarted + RECONNECT_MS).length
  if (late) failures.push(`${late} sessions still got 503 more than ${RECONNECT_MS} ms after Redis came back`)
  const lost = await lostSessions(urls[0], load.crowd)
  if (lost) failures.push(`${lost} sessions lost`)
  const { restarted, ...times } = outage
  const { crowd, ...figures } = load
  return { load: figures, outage: { ...times, unavailable: load.counts.unavailable }, lost, failures }
}
