// Middleware overhead: two identical probe pages (app/demo/probe, app/demo/dashboard/probe), one
// behind the middleware with a valid access token, one outside its matcher. A closed loop of
// keep-alive connections loads one page at a time; rounds alternate the order (AB, BA, …) so
// drift from other load on the machine hits both alike. The figure is the median of the
// per-round throughput ratios, with p50/p99 latency over all requests of each page.
// Throughput on a shared machine also moves with everyone else's load, so the server's own CPU
// time per request is reported too: what its throughput would be when it has the CPU to itself.
import { iqr, median, percentile, request, signIn } from './http.mjs'
import { cpuMsOf, startNext } from './servers.mjs'

const CONNECTIONS = 8
const ROUNDS = 8
const ROUND_MS = 1500
const WARMUP_REQUESTS = 300

const PAGES = { inside: '/demo/dashboard/probe', outside: '/demo/probe' }

async function probe(url, cookie) {
  const res = await request(url, { headers: { cookie, accept: 'text/html' } })
  // A redirect or an error page would be cheaper than the page: it must not count as throughput.
  if (res.status !== 200 || !res.body.includes('data-testid="probe"')) {
    throw new Error(`${url} answered ${res.status} ${res.headers.location ?? ''}: the probe page did not render`)
  }
  return res.ms
}

async function closedLoop(server, url, cookie, durationMs) {
  const latencies = []
  const deadline = performance.now() + durationMs
  const started = performance.now()
  const cpuBefore = cpuMsOf(server.pid)
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) latencies.push(await probe(url, cookie))
    })
  )
  const cpuMs = (cpuMsOf(server.pid) - cpuBefore) / latencies.length
  return { rps: latencies.length / ((performance.now() - started) / 1000), cpuMs, latencies }
}

export async function benchMiddleware() {
  // A long TTL: every request must carry a valid token, so the middleware only verifies.
  const server = await startNext({ ACCESS_TOKEN_TTL: '3600' })
  try {
    const cookie = (await signIn(server.url, 'forward')).header()
    const urls = { inside: server.url + PAGES.inside, outside: server.url + PAGES.outside }
    for (let i = 0; i < WARMUP_REQUESTS; i++) await Promise.all([probe(urls.inside, cookie), probe(urls.outside, cookie)])

    const seen = { inside: { rps: [], cpuMs: [], latencies: [] }, outside: { rps: [], cpuMs: [], latencies: [] } }
    const ratios = []
    const cpuRatios = []
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? ['outside', 'inside'] : ['inside', 'outside']
      const runs = {}
      for (const side of order) {
        const run = (runs[side] = await closedLoop(server, urls[side], cookie, ROUND_MS))
        seen[side].rps.push(run.rps)
        seen[side].cpuMs.push(run.cpuMs)
        seen[side].latencies.push(...run.latencies)
      }
      ratios.push(runs.inside.rps / runs.outside.rps)
      cpuRatios.push(runs.outside.cpuMs / runs.inside.cpuMs)
    }
    const summary = (side) => ({
      path: PAGES[side],
      rps: Math.round(median(seen[side].rps)),
      cpuMsPerRequest: Number(median(seen[side].cpuMs).toFixed(2)),
      p50: Number(percentile(seen[side].latencies, 50).toFixed(1)),
      p99: Number(percentile(seen[side].latencies, 99).toFixed(1)),
      requests: seen[side].latencies.length
    })
    const ratio = median(ratios)
    return {
      connections: CONNECTIONS,
      rounds: ROUNDS,
      roundMs: ROUND_MS,
      inside: summary('inside'),
      outside: summary('outside'),
      ratio: Number(ratio.toFixed(3)),
      ratioIqr: iqr(ratios, 3),
      // Requests per CPU-second behind the middleware, relative to outside: (1 / inside) / (1 / outside).
      cpuRatio: Number(median(cpuRatios).toFixed(3)),
      goal: '≥ 90% of the throughput outside the matcher',
      met: ratio >= 0.9
    }
  } finally {
    await server.stop()
  }
}
