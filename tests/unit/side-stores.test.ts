import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_EVENTS, memoryLog, redisLog, type EventLog } from '@/lib/demo/node/event-log'
import type { InspectorEvent } from '@/lib/demo/node/events'
import { redisAt } from '@/lib/node/redis-client'
import { memoryCounter, redisCounter, type WindowCounter } from '@/lib/node/window-counter'
import { redisMissing, startRedis, type RedisServer } from '../support/redis-server'

// The two small contracts beside the session store: the sign-in rate limit's window counter and
// the demo inspector's event log. Each holds to the same behaviour in memory and in Redis.

const skipRedis = redisMissing()
let redis: RedisServer | undefined
beforeAll(async () => {
  if (!skipRedis) redis = await startRedis()
}, 30_000)
afterAll(async () => {
  if (redis) await redisAt(redis.url).close()
  await redis?.remove()
})

const counters: [string, () => WindowCounter, string | null][] = [
  ['memory', memoryCounter, null],
  ['redis', () => redisCounter(redis!.url), skipRedis]
]

describe.each(counters)('%s window counter', (_name, make, skip) => {
  const test = skip ? it.skip : it
  test('counts hits in a window, and can read without counting', async () => {
    const counter = make()
    const key = randomUUID()
    expect((await counter.hit(key, 5000, 0)).count).toBe(0)
    await counter.hit(key, 5000, 1)
    const { count, resetAt } = await counter.hit(key, 5000, 1)
    expect(count).toBe(2)
    expect(resetAt).toBeGreaterThan(Date.now())
    expect((await counter.hit(key, 5000, 0)).count).toBe(2)
  })

  test('starts again when the window ends', async () => {
    const counter = make()
    const key = randomUUID()
    await counter.hit(key, 100, 3)
    await new Promise((r) => setTimeout(r, 250))
    expect((await counter.hit(key, 100, 1)).count).toBe(1)
  })
})

const logs: [string, () => EventLog, string | null][] = [
  ['memory', memoryLog, null],
  ['redis', () => redisLog(redis!.url), skipRedis]
]

const event = (n: number): InspectorEvent => ({ id: `e${String(n).padStart(3, '0')}`, at: n, kind: 'refresh', by: 'client' })

describe.each(logs)('%s event log', (_name, make, skip) => {
  const test = skip ? it.skip : it
  test('keeps the last events of a session, in order', async () => {
    const log = make()
    const family = randomUUID()
    for (let i = 0; i < MAX_EVENTS + 5; i++) await log.append(family, event(i))
    const events = await log.list(family)
    expect(events).toHaveLength(MAX_EVENTS)
    expect(events[0]).toEqual(event(5))
    expect(events.at(-1)).toEqual(event(MAX_EVENTS + 4))
    expect(await log.list(randomUUID())).toEqual([])
  })
})
