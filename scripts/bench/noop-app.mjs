// Next's own price for running a middleware at all: a copy of this app, built the same way, whose
// middleware only returns NextResponse.next() for the same matcher. What the real middleware costs
// beyond that copy's is the part this project's code can change.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { NEXT_BIN } from '../servers.mjs'

const DIR = join(tmpdir(), 'cookie-flow-bench-noop-middleware')
const STAMP = join(DIR, 'built-from')
const SKIPPED = /^(node_modules|\.next|\.git|\.reports|test-results|bench\/results)(\/|$)/

function noopMiddleware() {
  const real = readFileSync('middleware.ts', 'utf8')
  const at = real.indexOf('export const config')
  // Next reads `config` from middleware.ts statically, so the copy carries the literal text.
  if (at < 0) throw new Error('middleware.ts has no `export const config`: the no-op copy needs its matcher')
  return `import { NextResponse } from 'next/server'\n\nexport function middleware() {\n  return NextResponse.next()\n}\n\n${real.slice(at)}`
}

/** Builds the copy (once per build of the app: reruns reuse it) and returns its folder. */
export function ensureNoopApp() {
  const buildId = readFileSync('.next/BUILD_ID', 'utf8')
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === buildId) return DIR
  console.error(`Building a copy of the app with a no-op middleware in ${DIR}`)
  rmSync(DIR, { recursive: true, force: true })
  cpSync('.', DIR, { recursive: true, filter: (src) => !SKIPPED.test(relative('.', src)) })
  symlinkSync(resolve('node_modules'), join(DIR, 'node_modules'))
  writeFileSync(join(DIR, 'middleware.ts'), noopMiddleware())
  // Lint and types are the app's own, checked by npm test; the copy differs only in middleware.ts.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  const { status } = spawnSync(process.execPath, [NEXT_BIN, 'build', '--no-lint'], { cwd: DIR, env, stdio: ['ignore', 2, 2] })
  if (status !== 0) throw new Error(`next build of the no-op copy in ${DIR} failed (exit ${status})`)
  writeFileSync(STAMP, buildId)
  return DIR
}
