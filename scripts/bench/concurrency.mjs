// Concurrency: many sessions, each a cookie-honouring client with several dashboard requests in
// flight, across repeated expiries (ACCESS_TOKEN_TTL=2) with the forward strategy, so the
// middleware refreshes under contention. Against one instance on the memory store, then two
// instances sharing one Redis (each session's requests alternate between them). Concurrent
// refreshes of one token must rotate it once and hand the others the same successor (the grace
// window): no session may be logged out, and nothing may answer 5xx.
import { runLoad } from './sessions.mjs'
import { startNext, startRedis } from '../servers.mjs'

const SESSIONS = 20
const PER_SESSION = 4
const DURATION_MS = 12_000
const TTL_S = 2

async function measure(name, urls) {
  const { crowd, counts, ...figures } = await runLoad({ urls, sessions: SESSIONS, perSession: PER_SESSION, durationMs: DURATION_MS })
  const logouts = counts.logout
  const errors5xx = counts.error5xx + counts.unavailable
  const otherErrors = counts.notSignedIn + counts.other + counts.network
  return {
    name,
    instances: urls.length,
    ...figures,
    logouts,
    errors5xx,
    otherErrors,
    // Still signed in, but the page said the token had expired: the middleware let a token
    // through inside its clock tolerance and the page, rendering later, found it past it.
    expiredRenders: counts.expired,
    met: logouts === 0 && errors5xx === 0 && otherErrors === 0
  }
}

export async function benchConcurrency() {
  const env = { ACCESS_TOKEN_TTL: String(TTL_S) }
  const runs = []
  const memory = await startNext({ ...env, SESSION_STORE: 'memory' })
  try {
    runs.push(await measure('1 instance, memory store', [memory.url]))
  } finally {
    await memory.stop()
  }
  const redis = await startRedis()
  try {
    const shared = { ...env, SESSION_STORE: 'redis', REDIS_URL: redis.url }
    const [a, b] = await Promise.all([startNext(shared), startNext(shared)])
    try {
      runs.push(await measure('2 instances, one Redis', [a.url, b.url]))
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  } finally {
    await redis.remove()
  }
  return { sessions: SESSIONS, perSession: PER_SESSION, seconds: DURATION_MS / 1000, ttlSeconds: TTL_S, runs }
}
