// @ts-check
// What every server here needs: a free loopback port, a wait until it answers, and a place in
// the list of what stopAll() stops.
import { createServer } from 'node:net'

/** @type {Set<() => Promise<void>>} stop functions of everything started and not yet stopped */
const running = new Set()

/** @returns {Promise<number>} a port nothing listens on at the moment, on 127.0.0.1 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Polls until `check` is true; fails with what it waited for. 30 s by default: within a
 * Playwright hook's 60 s, so a server that never comes up fails with its own log and is stopped.
 * @param {() => Promise<boolean>} check
 * @param {string} what
 */
export async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
}

/**
 * Puts `stop` on the list stopAll() stops, until it is called.
 * @param {() => Promise<unknown>} stop
 * @returns {() => Promise<void>} `stop`, taken off the list when called
 */
export function tracked(stop) {
  const once = async () => {
    running.delete(once)
    await stop()
  }
  running.add(once)
  return once
}

/** Stops whatever is still running: on the way out, after success or failure. */
export async function stopAll() {
  await Promise.all([...running].map((stop) => stop().catch(() => {})))
}

/** For a script's entry point: Ctrl-C or a CI timeout must not leave servers behind on their ports. */
export function stopAllOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => stopAll().finally(() => process.exit(130)))
  }
}
