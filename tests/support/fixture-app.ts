import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { NextServer } from './next-server'
import { freePort, waitFor } from './wait'

// A fixture app lives in its own folder (own app/, middleware.ts, .next/) and borrows the root's
// node_modules: `next` is found by walking up from its folder. Playwright sets FORCE_COLOR in its
// workers; without it (and with NO_COLOR) Next prints plain text, which tests can quote.
const { FORCE_COLOR: _, ...inherited } = process.env
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }

/** A from-scratch `next build` in `dir`; resolves with its exit code (null if killed at `timeoutMs`) and all it printed. */
export async function buildApp(dir: string, timeoutMs = 180_000): Promise<{ code: number | null; output: string }> {
  // A warm webpack cache replays the build silently: its edge-runtime warnings would not print.
  rmSync(join(dir, '.next'), { recursive: true, force: true })
  const child = spawn('npx', ['next', 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, output }
}

/** `next start` of the build in `dir` on a free port; `output()` is its log so far. */
export async function startApp(dir: string): Promise<NextServer> {
  const port = await freePort()
  let log = ''
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, so stop() also ends the node child of npx
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const url = `http://localhost:${port}`
  async function stop() {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid!, 'SIGTERM')
    await exited
  }
  try {
    await waitFor(async () => (await fetch(`${url}/`)).ok, `next start in ${dir} on port ${port}`)
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\n${log}`)
  }
  return { url, output: () => log, stop }
}
