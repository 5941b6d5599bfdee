// The bench's outputs: the machine it ran on, markdown tables for the terminal and the README,
// and bench/results/latest.json (written to a .tmp file first, so a crash never leaves half a file).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import os from 'node:os'

export const RESULTS = 'bench/results/latest.json'

export function machine() {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model
  return {
    cpus: Number(execFileSync('nproc').toString().trim()),
    cpuModel: cpu,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    // Other work on the machine is the main source of noise: say how busy it was.
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2)))
  }
}

export function writeResults(results) {
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(results, null, 2)}\n`)
  renameSync(`${RESULTS}.tmp`, RESULTS)
}

const goal = (met) => (met ? 'met' : '**not met**')
// A ratio with the middle half of its repeated measurements: on a busy machine the spread matters.
const spread = ([low, high], format) => `(${format(low)}–${format(high)})`
const times = (n) => `${n.toFixed(2)}×`
const plain = (n) => n.toFixed(2)
const percent = (n) => `${(n * 100).toFixed(1)}%`
const plainPercent = (n) => (n * 100).toFixed(1)
const row = (cells) => `| ${cells.join(' | ')} |`
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n')

// A phase that could not finish says so in its place; the other figures stand.
const missing = (name, phase) => (phase?.error ? `${name}: not measured in this run (${phase.error}).` : null)

export function markdown(results) {
  const { date, machine: m } = results
  return [
    `Measured ${date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, node ${m.node}, load average ${m.loadAverageAtStart[0]} at start.`,
    missing('Edge verification and middleware', results.verify) ?? missing('Middleware', results.middleware) ?? costTable(results),
    missing('Refresh cost per strategy', results.refresh) ?? refreshTable(results.refresh),
    missing('Concurrency', results.concurrency) ?? concurrencyTable(results.concurrency),
    missing('Redis round trips', results.storeTrips) ?? storeTripsLine(results.storeTrips),
    missing("Refresh with the identity provider's tokens", results.providerRefresh) ?? providerRefreshLine(results.providerRefresh),
    missing('Next 14.2.35 against Next 16', results.upgrade) ?? upgradeTable(results.upgrade)
  ].filter(Boolean).join('\n\n')
}

function costTable({ verify, middleware: mw }) {
  const inside = mw.inside
  const outside = mw.outside
  const noop = mw.noop
  const lines = [
    table(
      ['Cost', 'Ours', 'Baseline', 'Ratio', 'Goal'],
      [
        ['Edge verification, µs per op', `${verify.oursUs} (checkAccessToken)`, `${verify.bareUs} (crypto.subtle.verify)`, `${times(verify.ratio)} ${spread(verify.ratioIqr, plain)}`, `≤ 1.5×: ${goal(verify.met)}`],
        ['Middleware, req/s', `${inside.rps} (behind it)`, `${outside.rps} (outside the matcher)`, `${percent(mw.ratio)} ${spread(mw.ratioIqr, plainPercent)}`, `≥ 90%: ${goal(mw.met)}`],
        ['No-op middleware (Next\'s floor), req/s', `${noop.inside.rps} (behind it)`, `${noop.outside.rps} (outside the matcher)`, `${percent(noop.ratio)} ${spread(noop.ratioIqr, plainPercent)}`, noop.goalReachable ? '' : 'out of reach of any middleware'],
        ['Ours against the no-op, throughput ratio', '', '', `${percent(mw.oursVsNoop)} ${spread(mw.oursVsNoopIqr, plainPercent)}`, ''],
        ['Middleware, server CPU ms per request', inside.cpuMsPerRequest, outside.cpuMsPerRequest, percent(mw.cpuRatio), ''],
        ['Middleware, p50 / p99 ms', `${inside.p50} / ${inside.p99}`, `${outside.p50} / ${outside.p99}`, '', '']
      ]
    ),
    '',
    // Where the middleware's time goes: Next's fixed price (the no-op copy), then ours on top. The
    // second pass: next/dist/server/lib/router-utils/resolve-routes.js calls the server's
    // requestHandler with `middlewareInvoke` set, before routing on to the page.
    `Server CPU per request behind the matcher: a middleware that only returns \`NextResponse.next()\` adds ${mw.addedCpuMs.noop} ms, ours adds ${mw.addedCpuMs.ours} ms, and verifying the token is ${(verify.oursUs / 1000).toFixed(2)} ms of that. The rest is Next's price for running any middleware: it sends each matched request through its request handler once for the middleware and again for the page.`
  ]
  return lines.join('\n')
}

function refreshTable(refresh) {
  const lines = [
    `Time to a rendered dashboard in Chromium, ACCESS_TOKEN_TTL=${refresh.ttlSeconds}: medians of ${refresh.samplesPerFlow} pairs; the ratio is the median of the pairs' ratios, with their middle half in brackets:`,
    '',
    table(
      ['Strategy', 'Valid token, ms', 'First request after expiry, ms', 'Ratio', 'Round trips (valid → expired)', 'After expiry'],
      refresh.flows.map((f) => {
        const name = f.flow === 'client' ? 'client (refresher not running)' : f.flow === 'broken' ? 'broken (reference)' : f.flow
        if (f.samples === 0) return [name, '', '', 'no sample in this run', '', '']
        return [name, f.validMs, f.expiredMs, `${times(f.ratio)} ${spread(f.ratioIqr, plain)}`, `${f.validTrips} → ${f.expiredTrips}`, f.rendered]
      })
    )
  ]
  // A busy machine slows some loads past the wait; they are left out and counted, not hidden.
  if (refresh.slow?.length) lines.push('', `${refresh.slow.length} load(s) were too slow to count on this machine and are left out of the medians.`)
  return lines.join('\n')
}

function concurrencyTable(concurrency) {
  return [
    `Concurrency: ${concurrency.sessions} sessions × ${concurrency.perSession} requests in flight, ${concurrency.seconds} s, forward strategy, ACCESS_TOKEN_TTL=${concurrency.ttlSeconds}:`,
    '',
    table(
      ['Setup', 'Requests', 'req/s', 'p50 / p99 ms', 'Rotations', 'Grace answers', 'Logouts', '5xx', 'Expired renders'],
      concurrency.runs.map((r) => [r.name, r.requests, r.rps, `${r.p50} / ${r.p99}`, r.rotations, r.graceRefreshes, r.logouts, r.errors5xx, r.expiredRenders])
    )
  ].join('\n')
}

function storeTripsLine(trips) {
  if (!trips) return null // results from before this phase existed
  return `Redis round trips per refresh through the refresh route (${trips.refreshes} refreshes, counted by Redis's MONITOR): ${trips.authRoundTrips} for authentication (the rotation, one Lua script), ${trips.inspectorRoundTrips} for the demo's inspector (its event log).`
}

function providerRefreshLine(p) {
  if (!p) return null // results from before this phase existed
  const c = p.concurrent
  return [
    `The refresh route with the identity provider's tokens (oidc-provider on this machine, over loopback HTTP) beside this app's own, a fresh session each time, medians of ${p.samples} alternating rounds:`,
    '',
    table(
      ['Refresh', 'ms', 'Ratio'],
      [
        ["This app's tokens (rotation in the session store, a new ES256 signature)", p.ownMs, ''],
        ["The provider's tokens (openid-client, one call to its token endpoint)", p.providerMs, `${times(p.ratio)} ${spread(p.ratioIqr, plain)}`],
        ["Of which the provider's token endpoint alone", p.endpointMs, '']
      ]
    ),
    '',
    `${c.requests} concurrent refreshes of one provider token: ${c.answered200} answered 200, ${c.providerCalls} call${c.providerCalls === 1 ? '' : 's'} to the provider, ${c.refused} refused.`
  ].join('\n')
}

function upgradeTable(upgrade) {
  if (!upgrade) return null // results from before this phase existed
  const { throughput: t, afterExpiry: e } = upgrade
  const [old, next] = [upgrade.next14.version, upgrade.next16.version]
  const expiry = e.samples === 0 ? ['', '', 'no sample in this run'] : [`${e.next14.p50} / ${e.next14.p90}`, `${e.next16.p50} / ${e.next16.p90}`, `${times(e.ratio)} ${spread(e.ratioIqr, plain)}`]
  const lines = [
    `Next ${old} (edge middleware, fetch to the refresh route) vs Next ${next} (proxy, in process): the recipes' app on each, forward strategy. Ratios are ${next} over ${old}: for throughput the median of ${t.rounds} alternating rounds, for the first request after expiry the median of ${e.samples} pairs' ratios, with their middle half in brackets:`,
    '',
    table(
      ['Measure', `Next ${old}`, `Next ${next}`, 'Ratio'],
      [
        [`Protected page with a valid token (${t.connections} connections), req/s`, t.next14.rps, t.next16.rps, `${times(t.ratio)} ${spread(t.ratioIqr, plain)}`],
        [`First request after expiry (ACCESS_TOKEN_TTL=${e.ttlSeconds}), p50 / p90 ms`, ...expiry]
      ]
    )
  ]
  if (e.slow.length) lines.push('', `${e.slow.length} request(s) after expiry were too slow to count on this machine and are left out.`)
  return lines.join('\n')
}

/** Replaces the README's figures between `<!-- block:start -->` and `<!-- block:end -->`. */
export function updateReadme(text, block = 'bench') {
  const [open, close] = [`<!-- ${block}:start -->`, `<!-- ${block}:end -->`]
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf(open)
  const end = readme.indexOf(close)
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} block to fill`)
  writeFileSync('README.md', `${readme.slice(0, start + open.length)}\n${text}\n${readme.slice(end)}`)
}
