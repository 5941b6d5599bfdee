// The processes the bench runs: `next start` instances and a redis-server, on free loopback ports.
// Plain-node twins of tests/support (TypeScript, for Playwright), plus what only the bench needs:
// the server's PID for memory sampling, and one place that stops everything on exit or Ctrl-C.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next')
const REDIS_BIN = process.env.REDIS_SERVER_PATH ?? 'redis-server'
const running = new Set() // stop functions of everything started and not yet stopped

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
}

/** `next build` unless there is a build with the probe pages already: a fresh clone has none. */
export function ensureBuild() {
  if (existsSync('.next/BUILD_ID') && existsSync('.next/server/app/demo/dashboard/probe/page.js')) return
  console.error('No build with the probe pages in .next: running next build first')
  // Its output goes to stderr: stdout is for the figures.
  const { status } = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: ['ignore', 2, 2] })
  if (status !== 0) throw new Error(`next build failed (exit ${status})`)
}

// `next start` forks the process that serves requests and titles it "next-server (v…)". Its
// memory is what the soak samples, so find it among the descendants of the process we spawned.
function serverPid(rootPid) {
  const parent = new Map()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while we listed /proc.
    }
  }
  const isDescendant = (pid) => pid === rootPid || (parent.has(pid) && pid > 1 && isDescendant(parent.get(pid)))
  for (const pid of parent.keys()) {
    if (!isDescendant(pid)) continue
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    if (cmdline.startsWith('next-server')) return pid
  }
  return rootPid
}

/** Resident memory of a process, in bytes (Linux). */
export function rssOf(pid) {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return kb ? Number(kb[1]) * 1024 : NaN
}

/** CPU time a process has used so far (user + system, all threads), in ms (Linux: 100 ticks/s). */
export function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number)
  return (utime + stime) * 10
}

/** `next start` of the current build (or the one in `cwd`) with extra env, on a free port. */
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
  const stop = async () => {
    running.delete(stop)
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  running.add(stop)
  const url = `http://127.0.0.1:${port}`
  try {
    await waitFor(async () => (await fetch(`${url}/demo/login`)).ok, `next start on port ${port}`)
  } catch (error) {
    await stop()
    throw new Error(`${error.message}\n${log}`)
  }
  // Next 14 hands middleware a req.url built from its own hostname ("localhost"), not the Host
  // header, so middleware redirects name localhost: a browser must use that name to keep its
  // cookies across the redirect handshake.
  return { url, browserUrl: `http://localhost:${port}`, pid: serverPid(child.pid), output: () => log, stop }
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'))
    socket.on('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.on('error', () => resolve(false))
  })
}

/** A throwaway redis-server with an append-only file, so stop() then start() is an outage, not a data loss. */
export async function startRedis() {
  if (spawnSync(REDIS_BIN, ['--version']).status !== 0) {
    throw new Error(`${REDIS_BIN} not found: install it (Debian: apt-get install redis-server) or set REDIS_SERVER_PATH`)
  }
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'cookie-flow-bench-redis-'))
  let child
  const redis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always']
      child = spawn(REDIS_BIN, args, { stdio: 'ignore' })
      await waitFor(() => ping(port), `redis-server on port ${port}`)
    },
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
    async remove() {
      running.delete(redis.remove)
      await redis.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  running.add(redis.remove)
  await redis.start()
  return redis
}

/** Stops whatever is still running: on the way out, after success or failure. */
export async function stopAll() {
  await Promise.all([...running].map((stop) => stop().catch(() => {})))
}

// Ctrl-C or a CI timeout must not leave servers behind on their ports.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => stopAll().finally(() => process.exit(130)))
}
