// `npm test`: every check, in the order that fails fastest. Stops at the first failing step and
// ends with one summary line of the unit and e2e counts.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { ensureEnvLocal } from './keys.mjs'
import { e2ePreviewPort, localPreviewUrl } from './preview-url.mjs'
import { e2eIdpPort } from './servers/idp.mjs'

// The e2e suite runs offline: the build must point the sandboxes at the local preview server.
process.env.NEXT_PUBLIC_SANDPACK_PREVIEW_URL = localPreviewUrl(e2ePreviewPort())

// The e2e suite in two runs (playwright.config.ts): the page checks two at a time, then the flows
// one at a time. Each writes its own report.
const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['next', 'lint', '--max-warnings', '0']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.reports/unit.json']],
  // The identity provider's origin goes into the build's Content-Security-Policy (next.config.mjs);
  // the e2e suite runs its provider there. Only the build gets it: the main test server has none.
  ['build', 'npm', ['run', 'build'], { IDP_ISSUER: `http://127.0.0.1:${e2eIdpPort()}` }],
  ['e2e pages', 'npx', ['playwright', 'test', '--project=pages', '--workers=2'], { E2E_REPORT: '.reports/e2e-pages.json' }],
  ['e2e flows', 'npx', ['playwright', 'test', '--project=flows', '--workers=1'], { E2E_REPORT: '.reports/e2e-flows.json' }]
]

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`)
  const started = Date.now()
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`${status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return status === 0
}

function counts(file, pick) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 }
  return pick(JSON.parse(readFileSync(file, 'utf8')))
}

// Stale reports from an earlier run must not be counted.
rmSync('.reports', { recursive: true, force: true })

// `next start` reads its signing keys from .env.local; a fresh checkout has none yet.
if (await ensureEnvLocal()) console.log('wrote a fresh signing key pair to .env.local')

let failedStep = null
for (const [name, cmd, args, env] of steps) {
  if (!run(name, cmd, args, env)) {
    failedStep = name
    break
  }
}

const unit = counts('.reports/unit.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests
}))
const e2eCounts = (file) =>
  counts(file, (r) => ({
    passed: r.stats.expected,
    failed: r.stats.unexpected + r.stats.flaky,
    skipped: r.stats.skipped
  }))
const [pages, flows] = ['.reports/e2e-pages.json', '.reports/e2e-flows.json'].map(e2eCounts)
const e2e = { passed: pages.passed + flows.passed, failed: pages.failed + flows.failed, skipped: pages.skipped + flows.skipped }
const total = (k) => unit[k] + e2e[k]
// A failed step counts once: as the tests it failed when it reports them (unit, e2e), or as
// one failure when it has no report (typecheck, lint, build, or a runner that crashed).
const reported = { unit: unit.failed, 'e2e pages': pages.failed, 'e2e flows': flows.failed }[failedStep] ?? 0
const failed = total('failed') + (failedStep && reported === 0 ? 1 : 0)
console.log(`\nunit ${unit.passed}/${unit.failed}/${unit.skipped}, e2e ${e2e.passed}/${e2e.failed}/${e2e.skipped} (passed/failed/skipped)`)
if (failedStep) console.log(`stopped at: ${failedStep}`)
console.log(`tests: ${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`)
process.exit(failedStep ? 1 : 0)
