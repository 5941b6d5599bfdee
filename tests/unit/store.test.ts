import { createHash, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryStore } from '@/lib/node/store/memory'
import { redisStore } from '@/lib/node/store/redis'
import type { SessionStore } from '@/lib/node/store/types'
import { redisMissing, startRedis, type RedisServer } from '../support/redis-server'

const h = (s: string) => createHash('sha256').update(s).digest('hex')
const GRACE = 1000
const TTL = 60_000

async function newFamily(store: SessionStore, first = randomUUID()) {
  const id = randomUUID()
  await store.createFamily({ id, userId: 'u1', name: 'User', createdAt: Date.now() }, h(first), TTL)
  return { id, first }
}

const rotate = (store: SessionStore, token: string, next: string, now = Date.now()) =>
  store.rotate({ hash: h(token), successorHash: h(next), now, graceMs: GRACE, ttlMs: TTL })

const skipRedis = redisMissing()
let redis: RedisServer | undefined
beforeAll(async () => {
  if (!skipRedis) redis = await startRedis()
}, 30_000)
afterAll(async () => redis?.remove())

const implementations: [string, () => SessionStore, string | null][] = [
  ['memory', () => memoryStore(), null],
  ['redis', () => redisStore(redis!.url), skipRedis]
]

describe.each(implementations)('%s session store', (_name, make, skip) => {
  let store: SessionStore
  beforeAll(() => {
    if (!skip) store = make()
  })
  afterAll(async () => store?.close())
  const test = skip ? it.skip : it
  if (skip) it.skip(`skipped: ${skip}`, () => {})

  test('creates a family and its first token', async () => {
    const { id, first } = await newFamily(store)
    expect(await store.getFamily(id)).toMatchObject({ id, userId: 'u1', name: 'User' })
    expect(await store.getToken(h(first))).toMatchObject({ family: id, state: 'active' })
    expect(await store.getFamily('nope')).toBeNull()
  })

  test('rotates once, then grace, then reuse revokes the whole family', async () => {
    const { id, first } = await newFamily(store)
    const now = Date.now()
    // Each answer carries the family, so a refresh needs no second trip to look it up.
    const family = { id, userId: 'u1', name: 'User', createdAt: expect.any(Number) }
    expect(await rotate(store, first, 'second', now)).toEqual({ kind: 'rotated', family })
    expect(await store.getToken(h('second'))).toMatchObject({ family: id, state: 'active' })
    expect(await rotate(store, first, 'second', now + GRACE)).toEqual({ kind: 'grace', family, successor: h('second') })
    const revoked = { ...family, revokedReason: 'reuse_detected', revokedAt: now + GRACE + 1 }
    expect(await rotate(store, first, 'second', now + GRACE + 1)).toEqual({ kind: 'reused', family: revoked })
    expect(await store.getFamily(id)).toMatchObject({ revokedReason: 'reuse_detected' })
    // The live token dies with its family.
    expect(await rotate(store, 'second', 'third', now + GRACE + 2)).toEqual({ kind: 'revoked', family: revoked })
  })

  test('answers unknown and expired tokens without touching anything', async () => {
    expect(await rotate(store, 'never-issued', 'x')).toEqual({ kind: 'unknown' })
    const { id, first } = await newFamily(store)
    expect(await rotate(store, first, 'next', Date.now() + TTL + 1)).toMatchObject({ kind: 'expired', family: { id } })
    expect(await store.getToken(h(first))).toMatchObject({ state: 'active' })
  })

  // Two app instances on one Redis: tests/e2e/instances.spec.ts.
  test('lets exactly one of many concurrent rotations win', async () => {
    const { first } = await newFamily(store)
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => rotate(store, first, 'succ')))
    expect(outcomes.filter((o) => o.kind === 'rotated')).toHaveLength(1)
    expect(outcomes.filter((o) => o.kind === 'grace')).toHaveLength(19)
  })

  test('keeps the first revocation reason', async () => {
    const { id } = await newFamily(store)
    await store.revokeFamily(id, 'logged_out', 1)
    await store.revokeFamily(id, 'reuse_detected', 2)
    expect(await store.getFamily(id)).toMatchObject({ revokedReason: 'logged_out', revokedAt: 1 })
  })
})

describe('redis store when Redis is down', () => {
  const test = skipRedis ? it.skip : it
  test('fails fast with ERR_STORE_UNAVAILABLE, then recovers', async () => {
    const own = await startRedis()
    const store = redisStore(own.url)
    const { id } = await newFamily(store)
    await own.stop()
    const started = Date.now()
    await expect(store.getFamily(id)).rejects.toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' })
    expect(Date.now() - started).toBeLessThan(1000)
    await own.start()
    await expect
      .poll(() => store.getFamily(id).then((f) => f?.id, () => 'down'), { timeout: 10_000 })
      .toBe(id)
    await store.close()
    await own.remove()
  }, 30_000)
})
