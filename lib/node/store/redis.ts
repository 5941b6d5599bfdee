import { createClient } from 'redis'
import { AuthError } from '@/lib/edge/errors'
import type { Family, FlowEvent, RotateOutcome, SessionStore, TokenRecord } from './types'
import { MAX_EVENTS, RETAIN_AFTER_EXPIRY_MS } from './types'
import { ROTATE_SCRIPT } from './rotate.lua'

const P = 'cf:' // key prefix, so the demo can share a Redis with other apps

const key = {
  family: (id: string) => `${P}family:${id}`,
  token: (hash: string) => `${P}token:${hash}`,
  events: (id: string) => `${P}events:${id}`,
  hits: (k: string) => `${P}hits:${k}`
}

function unavailable(cause: unknown): AuthError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new AuthError('ERR_STORE_UNAVAILABLE', `The session store (Redis) is unavailable: ${detail}`)
}

export function redisStore(url: string): SessionStore {
  // No offline queue: while Redis is down, commands fail at once (503) instead of piling up and
  // hanging requests; the client keeps reconnecting in the background.
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) }
  })
  let lastError = ''
  client.on('error', (error: Error) => {
    if (error.message !== lastError) console.error(`[cookie-flow] redis: ${(lastError = error.message)}`)
  })
  client.on('ready', () => (lastError = ''))
  const connected = client.connect().catch((cause) => {
    throw unavailable(cause)
  })

  async function run<T>(command: (c: typeof client) => Promise<T>): Promise<T> {
    try {
      await connected
      return await command(client)
    } catch (cause) {
      throw cause instanceof AuthError ? cause : unavailable(cause)
    }
  }

  return {
    createFamily: (family, firstTokenHash, ttlMs) =>
      run(async (c) => {
        const expiresAt = family.createdAt + ttlMs
        const keepUntil = expiresAt + RETAIN_AFTER_EXPIRY_MS
        await c
          .multi()
          .hSet(key.family(family.id), { id: family.id, userId: family.userId, name: family.name, createdAt: family.createdAt })
          .pExpireAt(key.family(family.id), keepUntil)
          .hSet(key.token(firstTokenHash), { family: family.id, state: 'active', expiresAt })
          .pExpireAt(key.token(firstTokenHash), keepUntil)
          .exec()
      }),
    getFamily: (id) =>
      run(async (c) => {
        const f = await c.hGetAll(key.family(id))
        if (!f.id) return null
        const family: Family = { id: f.id, userId: f.userId, name: f.name, createdAt: Number(f.createdAt) }
        if (f.revokedReason) Object.assign(family, { revokedAt: Number(f.revokedAt), revokedReason: f.revokedReason })
        return family
      }),
    getToken: (hash) =>
      run(async (c) => {
        const t = await c.hGetAll(key.token(hash))
        if (!t.family) return null
        const token: TokenRecord = { family: t.family, state: t.state as TokenRecord['state'], expiresAt: Number(t.expiresAt) }
        if (t.rotatedAt) Object.assign(token, { rotatedAt: Number(t.rotatedAt), successor: t.successor })
        return token
      }),
    rotate: ({ hash, successorHash, now, graceMs, ttlMs }) =>
      run(async (c) => {
        const reply = (await c.eval(ROTATE_SCRIPT, {
          keys: [key.token(hash), key.token(successorHash)],
          arguments: [String(now), successorHash, String(graceMs), String(ttlMs), `${P}family:`, String(RETAIN_AFTER_EXPIRY_MS)]
        })) as string[]
        const [kind, family, extra] = reply
        if (kind === 'grace') return { kind, family, successor: extra }
        if (kind === 'revoked') return { kind, family, reason: extra }
        return (kind === 'unknown' ? { kind } : { kind, family }) as RotateOutcome
      }),
    revokeFamily: (id, reason, at) =>
      run(async (c) => {
        // HSETNX: the first reason wins, as in the memory store.
        if (await c.exists(key.family(id))) {
          await c.multi().hSetNX(key.family(id), 'revokedReason', reason).hSetNX(key.family(id), 'revokedAt', String(at)).exec()
        }
      }),
    saveEvent: (familyId, event) =>
      run(async (c) => {
        const k = key.events(familyId)
        const ttl = await c.pTTL(key.family(familyId))
        const tx = c.multi().hSet(k, event.id, JSON.stringify(event))
        if (ttl > 0) tx.pExpire(k, ttl)
        await tx.exec()
        const ids = (await c.hKeys(k)).sort()
        if (ids.length > MAX_EVENTS) await c.hDel(k, ids.slice(0, ids.length - MAX_EVENTS))
      }),
    listEvents: (familyId) =>
      run(async (c) => {
        const all = await c.hGetAll(key.events(familyId))
        return Object.keys(all)
          .sort()
          .map((id) => JSON.parse(all[id]) as FlowEvent)
      }),
    hit: (k, windowMs, by) =>
      run(async (c) => {
        const [count, , ttl] = (await c.multi().incrBy(key.hits(k), by).pExpire(key.hits(k), windowMs, 'NX').pTTL(key.hits(k)).exec()) as unknown as [number, unknown, number]
        return { count, resetAt: Date.now() + Math.max(ttl, 0) }
      }),
    close: async () => {
      if (client.isOpen) await client.quit()
    }
  }
}
