// A lean HTTP client for load: node:http with keep-alive (like a browser's connection reuse), no
// redirect following (a redirect to the login page is what we count as a logout), and a cookie
// jar that honours Set-Cookie the way a browser does.
import http from 'node:http'
import { cpuMsOf } from '../servers.mjs'

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
const TIMEOUT_MS = 30_000

/** One request; resolves with status, headers, body text and elapsed ms. Network errors reject. */
export function request(url, { method = 'GET', headers = {}, body } = {}, retried = false) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent, timeout: TIMEOUT_MS }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text, ms: performance.now() - started }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out after ${TIMEOUT_MS} ms`)))
    req.on('error', (error) => {
      // The server closed an idle keep-alive connection just as we reused it: the request never
      // reached it, and a browser sends it again on a new connection. So do we, once.
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(request(url, { method, headers, body }, true))
      else reject(error)
    })
    req.end(body)
  })
}

export class Jar {
  #cookies = new Map()

  get(name) {
    return this.#cookies.get(name)
  }

  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  /** Applies a response's Set-Cookie headers: Max-Age=0 (or an Expires in the past) deletes. */
  apply(res) {
    for (const line of res.headers['set-cookie'] ?? []) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim())
      const at = pair.indexOf('=')
      const name = pair.slice(0, at)
      const maxAge = attributes.find((a) => /^max-age=/i.test(a))
      const expires = attributes.find((a) => /^expires=/i.test(a))
      const gone = maxAge ? Number(maxAge.slice(8)) <= 0 : expires ? Date.parse(expires.slice(8)) <= Date.now() : false
      if (gone) this.#cookies.delete(name)
      else this.#cookies.set(name, pair.slice(at + 1))
    }
  }
}

/**
 * A closed loop: `connections` keep-alive clients each send the next request as soon as the last
 * answers, for `durationMs`. `load(url, cookie)` sends one, checks the answer (a redirect or an
 * error page is cheaper than the page and must not count) and returns its ms. Gives throughput,
 * the server's CPU ms per request (its throughput with the CPU to itself) and every latency.
 */
export async function closedLoop({ server, cookie }, path, { connections, durationMs, load }) {
  const url = server.url + path
  const latencies = []
  const deadline = performance.now() + durationMs
  const started = performance.now()
  const cpuBefore = cpuMsOf(server.pid)
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) latencies.push(await load(url, cookie))
    })
  )
  const cpuMs = (cpuMsOf(server.pid) - cpuBefore) / latencies.length
  return { rps: latencies.length / ((performance.now() - started) / 1000), cpuMs, latencies }
}

/** What rounds of closedLoop() saw of one side: medians of throughput and CPU, latency over every request. */
export const loopSummary = ({ rps, cpuMs, latencies }) => ({
  rps: Math.round(median(rps)),
  cpuMsPerRequest: Number(median(cpuMs).toFixed(2)),
  p50: Number(percentile(latencies, 50).toFixed(1)),
  p99: Number(percentile(latencies, 99).toFixed(1)),
  requests: latencies.length
})

/** Production cookie names: `next start` runs with NODE_ENV=production (lib/edge/cookies.ts). */
export const COOKIE = { access: '__Host-cf_access', refresh: '__Host-cf_refresh', flow: '__Host-cf_flow' }

/** Signs in through the JSON route; returns a jar holding the session's cookies. */
export async function signIn(baseUrl, flow) {
  const res = await request(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo', password: 'demo', flow })
  })
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${res.body}`)
  const jar = new Jar()
  jar.apply(res)
  return jar
}

/** The access token's `exp` in ms, read from the jar (the client strategy schedules by it too). */
export function accessExpiry(jar) {
  const payload = jar.get(COOKIE.access)?.split('.')[1]
  return payload ? JSON.parse(Buffer.from(payload, 'base64url').toString()).exp * 1000 : 0
}

export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const median = (values) => percentile(values, 50)
/** The middle half of the values, [p25, p75]: how far apart repeated measurements landed. */
export const iqr = (values, digits = 2) => [percentile(values, 25), percentile(values, 75)].map((n) => Number(n.toFixed(digits)))
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// A token is accepted until exp + 1 s of clock tolerance (lib/edge/jwt-config.ts); exp is whole
// seconds, so a token can live up to a second past TTL: wait TTL + 1 + 1 s and a margin.
/** How long after signing in a token of `ttlSeconds` is surely expired. */
export const pastExpiryMs = (ttlSeconds) => (ttlSeconds + 1 + 1) * 1000 + 300
