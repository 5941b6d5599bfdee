import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID } from 'node:crypto'
import { AuthError } from '@/lib/edge/errors'
import { authEnv } from '../env'
import { perProcess } from '../per-process'
import { redisAt } from '../redis-client'

// An identity provider that rotates refresh tokens with no grace window answers the second use
// of a token with invalid_grant. So concurrent refreshes of one session must make ONE call to the
// provider, and every other request must wait for it and take its result: within this process
// (a promise per token) and across instances (a short lock in the shared store, then a short-lived
// record of the result). Both are keyed by a hash of the old refresh token, and the record is
// encrypted with a key derived from that token: only a request that holds it can read the result,
// and the store never sees a token in the clear.

const LOCK_MS = 10_000 // longer than the provider should ever take; a crashed holder frees it then
const RESULT_MS = 15_000 // long enough for the slowest request that started with the old token
const POLL_MS = 50

/** What a refresh produced: the new tokens, or the provider's refusal, shared with the others. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string }

interface SharedRecords {
  /** True if this caller now holds the lock for `key`. */
  lock(key: string, owner: string): Promise<boolean>
  unlock(key: string, owner: string): Promise<void>
  put(key: string, sealed: string): Promise<void>
  get(key: string): Promise<string | null>
}

function memoryRecords(): SharedRecords {
  const entries = new Map<string, { value: string; until: number }>()
  const live = (key: string) => {
    const e = entries.get(key)
    if (e && e.until > Date.now()) return e
    entries.delete(key)
    return null
  }
  return {
    async lock(key, owner) {
      if (live(`lock:${key}`)) return false
      entries.set(`lock:${key}`, { value: owner, until: Date.now() + LOCK_MS })
      return true
    },
    async unlock(key, owner) {
      if (live(`lock:${key}`)?.value === owner) entries.delete(`lock:${key}`)
    },
    async put(key, sealed) {
      entries.set(`result:${key}`, { value: sealed, until: Date.now() + RESULT_MS })
    },
    async get(key) {
      return live(`result:${key}`)?.value ?? null
    }
  }
}

// Deletes the lock only if it is still ours: a lock that expired and was taken by another stays.
const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`

function redisRecords(url: string): SharedRecords {
  const redis = redisAt(url)
  return {
    lock: (key, owner) => redis.run(async (c) => (await c.set(`cf:idp-lock:${key}`, owner, { NX: true, PX: LOCK_MS })) === 'OK'),
    unlock: (key, owner) => redis.run(async (c) => void (await c.eval(UNLOCK, { keys: [`cf:idp-lock:${key}`], arguments: [owner] }))),
    put: (key, sealed) => redis.run(async (c) => void (await c.set(`cf:idp-result:${key}`, sealed, { PX: RESULT_MS }))),
    get: (key) => redis.run((c) => c.get(`cf:idp-result:${key}`))
  }
}

const keyOf = (token: string) => createHash('sha256').update(token).digest('hex')
const cipherKey = (token: string) => Buffer.from(hkdfSync('sha256', token, 'cookie-flow', 'idp-refresh-result', 32))

function seal(outcome: Outcome<unknown>, token: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', cipherKey(token), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(outcome)), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

function open<T>(sealed: string, token: string): Outcome<T> {
  const raw = Buffer.from(sealed, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', cipherKey(token), raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString())
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Runs `refresh` for `token` once, across this process's requests and every instance sharing the
 * store; every caller gets the same outcome. A provider that cannot be reached is an error, not an
 * outcome: nothing is recorded, and the next request tries again.
 */
export async function oncePerToken<T>(token: string, refresh: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const key = keyOf(token)
  const inflight = perProcess('idp-inflight', () => new Map<string, Promise<Outcome<unknown>>>())
  const pending = inflight.get(key)
  if (pending) return pending as Promise<Outcome<T>>
  const run = coordinate(key, token, refresh).finally(() => inflight.delete(key))
  inflight.set(key, run)
  return run
}

async function coordinate<T>(key: string, token: string, refresh: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const records = perProcess('idp-records', () => (authEnv().store === 'redis' ? redisRecords(authEnv().redisUrl) : memoryRecords()))
  const owner = randomUUID()
  // Take the result if there is one, else the lock; while another instance holds the lock, wait
  // for its result (and take the lock over if it gives up without one, say the provider was down).
  for (const deadline = Date.now() + LOCK_MS; Date.now() < deadline; await sleep(POLL_MS)) {
    const sealed = await records.get(key)
    if (sealed) return open<T>(sealed, token)
    if (!(await records.lock(key, owner))) continue
    try {
      const outcome = await refresh()
      await records.put(key, seal(outcome, token))
      return outcome
    } finally {
      await records.unlock(key, owner)
    }
  }
  throw new AuthError('ERR_STORE_UNAVAILABLE', 'The refresh under way for this session did not finish in time')
}
