// Store round trips per refresh: what one refresh through the refresh route asks of Redis, seen
// by Redis itself (MONITOR) over a run of refreshes of fresh sessions. A round trip is a command
// the app sent (a MULTI…EXEC block counts once; the commands a Lua script runs inside Redis are
// none). A refresh must cost what authentication needs and no more; what the demo's inspector
// records is counted apart, by the keys it touches (cf:events:*).
import { createConnection } from 'node:net'
import { startNext, startRedis } from '../servers.mjs'

const REFRESHES = 20
// Transaction brackets and connection chatter carry no work of their own.
const NOT_WORK = new Set(['multi', 'exec', 'ping', 'info', 'client', 'hello', 'select', 'monitor', 'script'])

/** Every command Redis runs while `during` runs: { fromScript, words: [name, ...args] }. */
async function monitor(port, during) {
  const socket = createConnection({ port, host: '127.0.0.1' })
  let text = ''
  socket.on('data', (d) => (text += d))
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  socket.write('MONITOR\r\n')
  await new Promise((resolve) => setTimeout(resolve, 200))
  await during()
  await new Promise((resolve) => setTimeout(resolve, 200))
  socket.destroy()
  // +1733000000.123456 [0 127.0.0.1:40000] "evalsha" "abc" "2" "cf:token:…"
  return text
    .split('\r\n')
    .filter((line) => /^\+\d+\.\d+ \[/.test(line))
    .map((line) => ({ fromScript: / lua\]/.test(line), words: [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]) }))
}

const cookieHeader = (res) => res.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')

export async function benchStoreTrips() {
  const redis = await startRedis()
  const port = Number(new URL(redis.url).port)
  const server = await startNext({ SESSION_STORE: 'redis', REDIS_URL: redis.url })
  try {
    const jars = []
    for (let i = 0; i <= REFRESHES; i++) {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo', password: 'demo', flow: 'client' })
      })
      if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`)
      jars.push(cookieHeader(res))
    }
    // A warm-up refresh: the first one loads the Lua script and connects.
    await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: jars.pop() } })
    const commands = await monitor(port, async () => {
      for (const cookie of jars) {
        const res = await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { cookie } })
        if (res.status !== 200) throw new Error(`refresh answered ${res.status}: ${await res.text()}`)
      }
    })
    // Group each MULTI…EXEC into one round trip; tag it by the keys any of its commands touch.
    const trips = { auth: 0, inspector: 0 }
    let open = null
    for (const { fromScript, words } of commands) {
      if (fromScript) continue
      const [name, ...args] = words
      const command = name.toLowerCase()
      // PTTL: the inspector reads its session's lifetime to expire its events with it; auth never does.
      const inspector = command === 'pttl' || args.some((a) => a.startsWith('cf:events:'))
      if (command === 'multi') open = { inspector: false }
      else if (command === 'exec') {
        trips[open?.inspector ? 'inspector' : 'auth']++
        open = null
      } else if (open) open.inspector ||= inspector
      else if (!NOT_WORK.has(command)) trips[inspector ? 'inspector' : 'auth']++
    }
    const per = (n) => Number((n / jars.length).toFixed(2))
    return { refreshes: jars.length, authRoundTrips: per(trips.auth), inspectorRoundTrips: per(trips.inspector) }
  } finally {
    await server.stop()
    await redis.remove()
  }
}
