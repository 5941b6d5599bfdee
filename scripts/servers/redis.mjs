// @ts-check
// A throwaway redis-server for the session store's tests and the bench's shared-store runs.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, tracked, waitFor } from './lifecycle.mjs'

const REDIS_BIN = process.env.REDIS_SERVER_PATH ?? 'redis-server'

/**
 * @typedef {object} RedisServer
 * @property {string} url
 * @property {() => Promise<void>} stop an outage: the process ends, its data stays for start()
 * @property {() => Promise<void>} start
 * @property {() => Promise<void>} remove the end: stops it and deletes its data
 */

/** @returns {string | null} why redis-server cannot run here, or null */
export function redisNotFound() {
  if (spawnSync(REDIS_BIN, ['--version']).status === 0) return null
  return `${REDIS_BIN} not found: install it (Debian: apt-get install redis-server) or set REDIS_SERVER_PATH`
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
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

/**
 * A throwaway redis-server on a free loopback port. It persists to an append-only file in a
 * temp dir, like a production Redis, so stop() then start() is an outage, not a data loss.
 * @returns {Promise<RedisServer>}
 */
export async function startRedis() {
  const missing = redisNotFound()
  if (missing) throw new Error(missing)
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'cookie-flow-redis-'))
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always']
  /** @type {RedisServer} */
  const redis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(REDIS_BIN, args, { stdio: 'ignore' })
      await waitFor(() => ping(port), `redis-server on port ${port}`)
    },
    async stop() {
      const current = child
      if (!current || current.exitCode !== null || current.signalCode !== null) return
      const exited = new Promise((resolve) => current.once('exit', resolve))
      current.kill('SIGTERM')
      await exited
    },
    remove: tracked(async () => {
      await redis.stop()
      rmSync(dir, { recursive: true, force: true })
    })
  }
  await redis.start()
  return redis
}
