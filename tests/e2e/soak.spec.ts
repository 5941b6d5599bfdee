import { expect, test } from '@playwright/test'
import { memorySoak, redisFault } from '../../scripts/bench/soak-phases.mjs'
import { startNext, type NextServer } from '../../scripts/servers.mjs'
import { redisMissing, startRedis, type RedisServer } from '../support/redis-server'

// `npm run soak` in brief (scripts/bench/soak.mjs runs the same phases for a minute): sessions
// with several requests in flight, tokens expiring every few seconds, then Redis stopping under
// load. Memory is not judged here: a few seconds say nothing about a trend.
test.describe.configure({ mode: 'serial' })

test('under load, with the token expiring every few seconds: no 5xx, no logout, no lost session', async ({ baseURL }) => {
  const result = await memorySoak({ url: baseURL!, seconds: 10 })
  expect(result.failures).toEqual([])
  expect(result.load.rotations).toBeGreaterThan(0)
})

test.describe('Redis stops under load', () => {
  const skip = redisMissing()
  test.skip(!!skip, skip ?? '')
  let redis: RedisServer
  let a: NextServer
  let b: NextServer

  test.beforeAll(async () => {
    redis = await startRedis()
    // The default grace window (10 s) outlasts the 5 s outage, as in `npm run soak`. A shorter
    // window can end a session whose refresh rotated in Redis just as it stopped: the route
    // answers 503 "session intact", the browser keeps the old token, and presenting it after
    // the window is reuse. Seen with a 3 s window, about one outage in five.
    const env = { SESSION_STORE: 'redis', REDIS_URL: redis.url, ACCESS_TOKEN_TTL: '2' }
    ;[a, b] = await Promise.all([startNext(env), startNext(env)])
  })
  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.remove()
  })

  test('refreshes answer 503 "session intact", never a logout or a 500; every session resumes', async () => {
    const result = await redisFault({ urls: [a.url, b.url], redis, seconds: 15 })
    expect(result.failures).toEqual([])
    expect(result.outage.unavailable).toBeGreaterThan(0)
  })
})
