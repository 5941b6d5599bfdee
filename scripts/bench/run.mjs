// `npm run bench`: what each refresh strategy costs, measured on this machine. Prints markdown
// tables and writes bench/results/latest.json; `npm run bench -- --readme` also puts the tables
// in the README. Figures are ratios taken in one run, alternating the two sides, because
// absolute times on a shared machine drift. Exits non-zero if a session was logged out, a
// request failed or answered 5xx: those must be zero whatever the machine.
import { fileURLToPath } from 'node:url'
import { ensureEnvLocal } from '../keys.mjs'
import { benchConcurrency } from './concurrency.mjs'
import { benchMiddleware } from './middleware.mjs'
import { benchProviderRefresh } from './provider-refresh.mjs'
import { benchRefresh } from './refresh.mjs'
import { benchStoreTrips } from './store-trips.mjs'
import { benchUpgrade } from './upgrade.mjs'
import { RESULTS, machine, markdown, updateReadme, writeResults } from './report.mjs'
import { ensureBuild, stopAll, stopAllOnSignals } from '../servers.mjs'
import { benchVerify } from './verify.mjs'

process.chdir(fileURLToPath(new URL('../..', import.meta.url)))
stopAllOnSignals()

// A phase that throws (a server that would not start, a busy machine timing out) loses its own
// figures, not the others': it is recorded as an error, and the run goes on and fails at the end.
async function phase(name, run) {
  console.error(`▶ ${name}`)
  const started = Date.now()
  try {
    const result = await run()
    console.error(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return result
  } catch (error) {
    console.error(`  ✘ ${name} failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error.stack ?? error}`)
    return { error: error.message.split('\n')[0] }
  }
}

let exitCode = 1
try {
  // `next start` reads its signing keys from .env.local; a fresh checkout has none yet.
  if (await ensureEnvLocal()) console.error('wrote a fresh signing key pair to .env.local')
  ensureBuild()
  const results = { date: new Date().toISOString(), machine: machine() }
  results.verify = await phase('edge verification', benchVerify)
  results.middleware = await phase('middleware overhead', benchMiddleware)
  results.refresh = await phase('refresh cost per strategy (Chromium)', benchRefresh)
  results.concurrency = await phase('concurrency', benchConcurrency)
  results.storeTrips = await phase('Redis round trips per refresh', benchStoreTrips)
  results.providerRefresh = await phase("refresh with the identity provider's tokens", benchProviderRefresh)
  // Last: it builds two apps of its own, and asks the npm registry for Next 16's newest release.
  results.upgrade = await phase('Next 14.2.35 against Next 16 (the recipes\' app on each)', benchUpgrade)
  writeResults(results)
  const text = markdown(results)
  console.log(text)
  if (process.argv.includes('--readme')) updateReadme(text)
  console.error(`\nwrote ${RESULTS}${process.argv.includes('--readme') ? ' and the README figures' : ''}`)
  // Logouts, 5xx and failed requests fail the bench whatever the machine; slow samples do not.
  const problems = []
  for (const [name, result] of Object.entries(results)) if (result?.error) problems.push(`${name} was not measured: ${result.error}`)
  for (const r of results.concurrency.runs?.filter((r) => !r.met) ?? []) {
    problems.push(`${r.name}: ${r.logouts} logouts, ${r.errors5xx} 5xx, ${r.otherErrors} other errors (must all be 0)\n  ${r.problems.join('\n  ')}`)
  }
  for (const failure of results.refresh.failures ?? []) problems.push(`refresh cost: ${failure}`)
  const c = results.providerRefresh.concurrent
  if (c && !results.providerRefresh.met) problems.push(`provider refresh: ${c.answered200} of ${c.requests} concurrent refreshes answered 200, with ${c.providerCalls} provider calls (must be all, and 1)`)
  for (const slow of results.refresh.slow ?? []) console.error(`  slow, left out: ${slow}`)
  for (const failure of results.upgrade.failures ?? []) problems.push(`first request after expiry, ${failure}`)
  for (const slow of results.upgrade.slow ?? []) console.error(`  slow, left out: ${slow}`)
  for (const problem of problems) console.error(`✘ ${problem}`)
  exitCode = problems.length === 0 ? 0 : 1
} catch (error) {
  console.error(`✘ bench failed: ${error.stack ?? error}`)
} finally {
  await stopAll()
}
process.exit(exitCode)
