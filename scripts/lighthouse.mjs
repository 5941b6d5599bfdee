// `npm run lighthouse`: Lighthouse (desktop preset) with the local Chromium against `next start`,
// on the landing page, a sandbox page and the demo login. Prints the scores; exits 1 below budget.
// `npm run lighthouse -- --readme` also puts the table, dated, in the README.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { machine, updateReadme } from './bench/report.mjs'
import { chromiumArgs, findChromium } from './browser.mjs'
import { ensureEnvLocal } from './keys.mjs'

const PAGES = ['/', '/broken-flow', '/demo/login']
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 }

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

// A score alone says nothing about what to fix: name the audits that cost the points.
function whyBelow(lhr, path) {
  return Object.entries(BUDGET)
    .filter(([id, min]) => Math.round((lhr.categories[id]?.score ?? 0) * 100) < min)
    .flatMap(([id]) =>
      lhr.categories[id].auditRefs
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 1)
        .map(({ audit }) => `  ${path} ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
    )
}

await ensureEnvLocal()
if (!existsSync('.next/BUILD_ID')) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' })

// How busy the machine is matters to the performance score: say so with the scores.
const m = machine()
const appPort = await freePort()
const app = spawn('npx', ['next', 'start', '-p', String(appPort)], { stdio: 'ignore', detached: true })
const origin = `http://localhost:${appPort}`
for (let i = 0; i < 100 && !(await fetch(origin).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200))

const debugPort = await freePort()
const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs(), `--remote-debugging-port=${debugPort}`] })
let failed = false
const below = []

const rows = [
  `Scored ${new Date().toISOString().slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, load average ${m.loadAverageAtStart[0]} at start:`,
  '',
  `| page | ${Object.keys(BUDGET).join(' | ')} |`,
  `|---|${Object.keys(BUDGET).map(() => '---').join('|')}|`
]
try {
  console.log(rows.join('\n'))
  for (const path of PAGES) {
    const { lhr } = await lighthouse(`${origin}${path}`, { port: debugPort, output: 'json', logLevel: 'error' }, desktopConfig)
    const cells = Object.entries(BUDGET).map(([id, min]) => {
      const score = Math.round((lhr.categories[id]?.score ?? 0) * 100)
      if (score < min) failed = true
      return score < min ? `**${score}** (< ${min})` : String(score)
    })
    rows.push(`| ${path} | ${cells.join(' | ')} |`)
    console.log(rows.at(-1))
    below.push(...whyBelow(lhr, path))
  }
  if (below.length) console.log(`\nBelow budget because of:\n${below.join('\n')}`)
  if (process.argv.includes('--readme')) updateReadme(rows.join('\n'), 'lighthouse')
} finally {
  await browser.close()
  process.kill(-app.pid, 'SIGTERM')
}
process.exit(failed ? 1 : 0)
