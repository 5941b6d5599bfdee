import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, waitFor } from './wait'

export const REDIS_BIN = process.env.REDIS_SERVER_PATH ?? 'redis-server'

/** Why Redis tests cannot run here, or null. CI must never skip them: there it is a failure. */
export function redisMissing(): string | null {
  const found = spawnSync(REDIS_BIN, ['--version']).status === 0
  if (found) return null
  const why = `${REDIS_BIN} not found: install it (Debian: apt-get install redis-server) or set REDIS_SERVER_PATH`
  if (process.env.CI) throw new Error(`${why}. CI must run the Redis tests.`)
  return why
}

export interface RedisServer {
  url: string
  port: number
  /** An outage: the process ends, its data stays for start(). */
  stop(): Promise<void>
  start(): Promise<void>
  /** The end: stops it and deletes its data. */
  remove(): Promise<void>
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'))
    socket.on('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.on('error', () => resolve(false))
  })
}

/**
 * A throwaway redis-server on a free loopback port. It persists to an append-only file in a
 * temp dir, like a production Redis, so stop() then start() is an outage, not a data loss.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'cookie-flow-redis-'))
  let child: ChildProcess | undefined
  const server: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(REDIS_BIN, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'], { stdio: 'ignore' })
      await waitFor(() => ping(port), `redis-server on port ${port}`)
    },
    async stop() {
      if (!child || child.exitCode !== null) return
      const exited = new Promise((resolve) => child!.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
    async remove() {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  await server.start()
  return server
}
