// Middleware overhead: two identical probe pages (app/demo/probe, app/demo/dashboard/probe), one
// behind the middleware with a valid access token, one outside its matcher, each served twice: by
// this app, and by a copy whose middleware does nothing (./noop-app.mjs), which is Next's floor.
// A closed loop of keep-alive connections loads one page at a time; rounds alternate the order
// (forward, backward, …) so drift from other load on the machine hits every side alike. Figures
// are medians of per-round ratios, with p50/p99 latency over all requests of each side.
// Throughput on a shared machine also moves with everyone else's load, so the server's own CPU
// time per request is reported too: what its throughput would be when it has the CPU to itself.
import { closedLoop, iqr, loopSummary, median, request, signIn } from './http.mjs'
import { ensureNoopApp } from './noop-app.mjs'
import { startNext } from '../servers.mjs'

const CONNECTIONS = 8
const ROUNDS = 8
const ROUND_MS = 1500
const WARMUP_REQUESTS = 300

const PAGES = { inside: '/demo/dashboard/probe', outside: '/demo/probe' }
const SIDES = [
  ['ours', 'inside'],
  ['ours', 'outside'],
  ['noop', 'inside'],
  ['noop', 'outside']
]

async function probe(url, cookie) {
  const res = await request(url, { headers: { cookie, accept: 'text/html' } })
  // A redirect or an error page would be cheaper than the page: it must not count as throughput.
  if (res.status !== 200 || !res.body.includes('data-testid="probe"')) {
    throw new Error(`${url} answered ${res.status} ${res.headers.location ?? ''}: the probe page did not render`)
  }
  return res.ms
}

const summary = (seen, side) => ({ path: PAGES[side], ...loopSummary(seen) })

export async function benchMiddleware() {
  const noopDir = ensureNoopApp()
  // A long TTL: every request must carry a valid token, so the middleware only verifies.
  const env = { ACCESS_TOKEN_TTL: '3600' }
  const [ours, noop] = await Promise.all([startNext(env), startNext(env, { cwd: noopDir })])
  try {
    const apps = {
      ours: { server: ours, cookie: (await signIn(ours.url, 'forward')).header() },
      noop: { server: noop, cookie: (await signIn(noop.url, 'forward')).header() }
    }
    for (let i = 0; i < WARMUP_REQUESTS; i++) {
      await Promise.all(SIDES.map(([app, side]) => probe(apps[app].server.url + PAGES[side], apps[app].cookie)))
    }

    const seen = Object.fromEntries(SIDES.map(([app, side]) => [`${app}.${side}`, { rps: [], cpuMs: [], latencies: [] }]))
    const ratios = { ours: [], noop: [], oursVsNoop: [] }
    const cpuRatios = { ours: [], noop: [] }
    for (let round = 0; round < ROUNDS; round++) {
      const run = {}
      for (const [app, side] of round % 2 ? [...SIDES].reverse() : SIDES) {
        const result = (run[`${app}.${side}`] = await closedLoop(apps[app], PAGES[side], { connections: CONNECTIONS, durationMs: ROUND_MS, load: probe }))
        seen[`${app}.${side}`].rps.push(result.rps)
        seen[`${app}.${side}`].cpuMs.push(result.cpuMs)
        seen[`${app}.${side}`].latencies.push(...result.latencies)
      }
      for (const app of ['ours', 'noop']) {
        ratios[app].push(run[`${app}.inside`].rps / run[`${app}.outside`].rps)
        cpuRatios[app].push(run[`${app}.outside`].cpuMs / run[`${app}.inside`].cpuMs)
      }
      ratios.oursVsNoop.push(ratios.ours.at(-1) / ratios.noop.at(-1))
    }
    const ratio = median(ratios.ours)
    const floor = median(ratios.noop)
    const addedCpu = (app) => median(seen[`${app}.inside`].cpuMs) - median(seen[`${app}.outside`].cpuMs)
    return {
      connections: CONNECTIONS,
      rounds: ROUNDS,
      roundMs: ROUND_MS,
      inside: summary(seen['ours.inside'], 'inside'),
      outside: summary(seen['ours.outside'], 'outside'),
      ratio: Number(ratio.toFixed(3)),
      ratioIqr: iqr(ratios.ours, 3),
      // Requests per CPU-second behind the middleware, relative to outside: (1 / inside) / (1 / outside).
      cpuRatio: Number(median(cpuRatios.ours).toFixed(3)),
      goal: '≥ 90% of the throughput outside the matcher',
      met: ratio >= 0.9,
      noop: {
        inside: summary(seen['noop.inside'], 'inside'),
        outside: summary(seen['noop.outside'], 'outside'),
        ratio: Number(floor.toFixed(3)),
        ratioIqr: iqr(ratios.noop, 3),
        cpuRatio: Number(median(cpuRatios.noop).toFixed(3)),
        // If a middleware that does nothing misses the goal, no middleware can meet it on this page.
        goalReachable: floor >= 0.9
      },
      // Our middleware's ratio over the no-op's: 100% would be a middleware that costs nothing extra.
      oursVsNoop: Number(median(ratios.oursVsNoop).toFixed(3)),
      oursVsNoopIqr: iqr(ratios.oursVsNoop, 3),
      addedCpuMs: { ours: Number(addedCpu('ours').toFixed(2)), noop: Number(addedCpu('noop').toFixed(2)) }
    }
  } finally {
    await Promise.all([ours.stop(), noop.stop()])
  }
}
