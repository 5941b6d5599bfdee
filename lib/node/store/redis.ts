import { redisAt } from '../redis-client'
import type { Family, RotateOutcome, SessionStore, TokenRecord } from './types'
import { RETAIN_AFTER_EXPIRY_MS } from './types'
import { ROTATE_SCRIPT } from './rotate.lua'

const P = 'cf:' // key prefix, so the demo can share a Redis with other apps

const key = {
  family: (id: string) => `${P}family:${id}`,
  token: (hash: string) => `${P}token:${hash}`
}

function familyFrom(f: Record<string, string>): Family | null {
  if (!f.id) return null
  const family: Family = { id: f.id, userId: f.userId, name: f.name, createdAt: Number(f.createdAt) }
  if (f.revokedReason) Object.assign(family, { revokedAt: Number(f.revokedAt), revokedReason: f.revokedReason })
  return family
}

export function redisStore(url: string): SessionStore {
  const redis = redisAt(url)
  return {
    createFamily: (family, firstTokenHash, ttlMs) =>
      redis.run(async (c) => {
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
    getFamily: (id) => redis.run(async (c) => familyFrom(await c.hGetAll(key.family(id)))),
    getToken: (hash) =>
      redis.run(async (c) => {
        const t = await c.hGetAll(key.token(hash))
        if (!t.family) return null
        const token: TokenRecord = { family: t.family, state: t.state as TokenRecord['state'], expiresAt: Number(t.expiresAt) }
        if (t.rotatedAt) Object.assign(token, { rotatedAt: Number(t.rotatedAt), successor: t.successor })
        return token
      }),
    rotate: ({ hash, successorHash, now, graceMs, ttlMs }) =>
      redis.run(async (c) => {
        const [kind, extra, ...fields] = (await c.eval(ROTATE_SCRIPT, {
          keys: [key.token(hash), key.token(successorHash)],
          arguments: [String(now), successorHash, String(graceMs), String(ttlMs), `${P}family:`, String(RETAIN_AFTER_EXPIRY_MS)]
        })) as string[]
        const family = familyFrom(Object.fromEntries(fields.flatMap((v, i) => (i % 2 ? [] : [[v, fields[i + 1]]]))))
        if (kind === 'unknown' || !family) return { kind: 'unknown' }
        return (kind === 'grace' ? { kind, family, successor: extra } : { kind, family }) as RotateOutcome
      }),
    revokeFamily: (id, reason, at) =>
      redis.run(async (c) => {
        // HSETNX: the first reason wins, as in the memory store.
        if (await c.exists(key.family(id))) {
          await c.multi().hSetNX(key.family(id), 'revokedReason', reason).hSetNX(key.family(id), 'revokedAt', String(at)).exec()
        }
      }),
    close: () => redis.close()
  }
}
