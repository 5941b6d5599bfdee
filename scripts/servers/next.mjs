// @ts-check
// `next start` of a build on a free loopback port, and `next build` when there is none.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { freePort, tracked, waitFor } from './lifecycle.mjs'
import { serverPid } from './process-stats.mjs'

// Found from the working directory (the repo root, for the tests and the npm scripts), not from
// import.meta: Playwright cannot compile that, and the tests import this module.
export const NEXT_BIN = createRequire(join(process.cwd(), 'package.json')).resolve('next/dist/bin/next')

/**
 * @typedef {object} NextServer
 * @property {string} url for requests from node: http://127.0.0.1:<port>, where it listens
 * @property {string} browserUrl for a browser: http://localhost:<port> (see startNext)
 * @property {number} pid the process that serves requests, for memory and CPU samples (Linux)
 * @property {() => string} output all it printed so far
 * @property {() => Promise<void>} stop
 */

/** `next build` unless there is a build with the probe pages already: a fresh clone has none. */
export function ensureBuild() {
  if (existsSync('.next/BUILD_ID') && existsSync('.next/server/app/demo/dashboard/probe/page.js')) return
  console.error('No build with the probe pages in .next: running next build first')
  // Its output goes to stderr: stdout is for the figures.
  const { status } = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: ['ignore', 2, 2] })
  if (status !== 0) throw new Error(`next build failed (exit ${status})`)
}

/**
 * `next start` of the current build (or the one in `cwd`) with extra env, on a free port.
 * @param {Record<string, string>} env
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<NextServer>}
 */
export async function startNext(env, { cwd } = {}) {
  const port = await freePort()
  let log = ''
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, so stop() also ends the server it forks
  })
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const pid = /** @type {number} */ (child.pid)
  const stop = tracked(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-pid, 'SIGTERM')
    await exited
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitFor(async () => (await fetch(`${url}/demo/login`)).ok, `next start on port ${port}`)
  } catch (error) {
    await stop()
    throw new Error(`${/** @type {Error} */ (error).message}\n${log}`)
  }
  // Next 14 hands middleware a req.url built from its own hostname ("localhost"), not the Host
  // header, so middleware redirects name localhost: a browser must use that name to keep its
  // cookies across the redirect handshake.
  return { url, browserUrl: `http://localhost:${port}`, pid: serverPid(pid), output: () => log, stop }
}
