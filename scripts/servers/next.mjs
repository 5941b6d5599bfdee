// @ts-check
// The next CLI as the tests and the bench run it: `next start` of a build on a free loopback port,
// `next start` that must refuse to start, `next build` of the app or of a fixture app.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { freePort, tracked, waitFor } from './lifecycle.mjs'
import { serverPid } from './process-stats.mjs'

// Run with this node, not through npx: the process we spawn is next itself, so a signal or a
// timeout reaches it, and its PID leads to the server's. Found from the working directory (the repo
// root, for the tests and the npm scripts), not from import.meta: Playwright cannot compile that.
export const NEXT_BIN = createRequire(join(process.cwd(), 'package.json')).resolve('next/dist/bin/next')

/**
 * The `next` an app in `cwd` resolves: its own when it has one (a fresh app, another version of
 * Next), ours for a fixture app that borrows the root's node_modules. Never a mix: the CLI and the
 * build it serves must be the same copy of Next, or its request context is not the one the app reads.
 * @param {string} [cwd]
 */
function nextBinFor(cwd) {
  return cwd ? createRequire(join(cwd, 'package.json')).resolve('next/dist/bin/next') : NEXT_BIN
}

/**
 * @typedef {object} NextServer
 * @property {string} url for requests from node: http://127.0.0.1:<port>, where it listens
 * @property {string} browserUrl for a browser: http://localhost:<port> (see serve)
 * @property {number} pid the process that serves requests, for memory and CPU samples (Linux)
 * @property {() => string} output all it printed so far
 * @property {() => Promise<void>} stop
 */

/**
 * The next CLI with `env` added to ours, collecting all it prints. Playwright sets FORCE_COLOR in
 * its workers; without it (and with NO_COLOR) Next prints plain text, which tests can quote.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {string} [cwd] the app's folder; a fixture app there borrows the root's node_modules
 */
function runNext(args, env, cwd) {
  const { FORCE_COLOR: _, ...inherited } = process.env
  const child = spawn(process.execPath, [nextBinFor(cwd), ...args], {
    cwd,
    env: { ...inherited, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, so ending it also ends whatever it forked
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const pid = /** @type {number} */ (child.pid)
  /** @param {NodeJS.Signals} signal */
  const end = (signal) => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-pid, signal)
    return exited
  }
  return { pid, output: () => log, exited, end }
}

/**
 * Waits for a run that ends by itself, killing it at `timeoutMs`.
 * @param {ReturnType<typeof runNext>} run
 * @param {number} timeoutMs
 * @returns {Promise<{ code: number | null, output: string }>} its exit code (null if killed) and all it printed
 */
async function outcome(run, timeoutMs) {
  const timer = setTimeout(() => run.end('SIGKILL'), timeoutMs)
  const code = await run.exited
  clearTimeout(timer)
  return { code, output: run.output() }
}

// Loopback only, not every interface: nothing but this machine has any business with it.
const startArgs = (/** @type {number} */ port) => ['start', '-p', String(port), '-H', '127.0.0.1']

/**
 * `next start` of the build in `cwd` on a free port, once `ready` answers 2xx.
 * @param {Record<string, string>} env
 * @param {string | undefined} cwd
 * @param {string} ready
 * @param {number} [fixedPort] a port chosen beforehand (an identity provider must know the
 *   callback URL before the app starts); else a free one
 * @returns {Promise<NextServer>}
 */
async function serve(env, cwd, ready, fixedPort) {
  const port = fixedPort ?? (await freePort())
  const run = runNext(startArgs(port), env, cwd)
  const stop = tracked(() => run.end('SIGTERM'))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitFor(async () => (await fetch(url + ready)).ok, `next start${cwd ? ` in ${cwd}` : ''} on port ${port}`)
  } catch (error) {
    await stop()
    throw new Error(`${/** @type {Error} */ (error).message}\n${run.output()}`)
  }
  /** @type {number | undefined} */
  let pid
  return {
    url,
    // Next 14 hands middleware a req.url built from its own hostname ("localhost"), not the Host
    // header, so middleware redirects name localhost: a browser must use that name to keep its
    // cookies across the redirect handshake.
    browserUrl: `http://localhost:${port}`,
    // Found on first use: only the bench samples it, and /proc is Linux's.
    get pid() {
      return (pid ??= serverPid(run.pid))
    },
    output: run.output,
    stop
  }
}

/**
 * `next start` of the current build (or the one in `cwd`) with extra env; ready once the demo's
 * login page renders.
 * @param {Record<string, string>} env
 * @param {{ cwd?: string, port?: number }} [options]
 */
export function startNext(env, { cwd, port } = {}) {
  return serve(env, cwd, '/demo/login', port)
}

/**
 * Runs `next start` expecting it to refuse to start; returns its exit code and output.
 * @param {Record<string, string>} env
 */
export async function failedStart(env) {
  return outcome(runNext(startArgs(await freePort()), env), 30_000)
}

/**
 * A from-scratch `next build` of the fixture app in `dir`.
 * @param {string} dir
 * @returns its exit code (null if killed at `timeoutMs`) and all it printed
 */
export function buildApp(dir, timeoutMs = 180_000) {
  // A warm webpack cache replays the build silently: its edge-runtime warnings would not print.
  rmSync(join(dir, '.next'), { recursive: true, force: true })
  return outcome(runNext(['build'], {}, dir), timeoutMs)
}

/**
 * `next start` of the fixture app built in `dir`, with extra env; ready once its home page renders.
 * @param {string} dir
 * @param {Record<string, string>} [env]
 * @param {{ port?: number }} [options]
 */
export function startApp(dir, env = {}, { port } = {}) {
  return serve(env, dir, '/', port)
}

/** `next build` unless there is a build with the probe pages already: a fresh clone has none. */
export function ensureBuild() {
  if (existsSync('.next/BUILD_ID') && existsSync('.next/server/app/demo/dashboard/probe/page.js')) return
  console.error('No build with the probe pages in .next: running next build first')
  // Its output goes to stderr: stdout is for the figures.
  const { status } = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: ['ignore', 2, 2] })
  if (status !== 0) throw new Error(`next build failed (exit ${status})`)
}
