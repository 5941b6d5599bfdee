import type { Family, RotateOutcome, SessionStore, TokenRecord } from './types'
import { RETAIN_AFTER_EXPIRY_MS } from './types'

// One process, one event loop: each method runs to completion without awaiting in between,
// which is what makes `rotate` atomic here. For several instances use the redis store.
export function memoryStore(): SessionStore {
  const families = new Map<string, Family & { expiresAt: number }>()
  const tokens = new Map<string, TokenRecord>()
  let writes = 0

  // Expired entries are dropped lazily; a sweep every few hundred writes keeps memory flat
  // under a long-running load with no reads of old sessions.
  function sweep(now = Date.now()) {
    if (++writes % 500 !== 0) return
    // forEach, not for…of: create-next-app's tsconfig sets no target, and tsc then refuses to iterate a Map.
    families.forEach((_, id) => liveFamily(id, now))
    tokens.forEach((token, hash) => families.has(token.family) || tokens.delete(hash))
  }

  function liveFamily(id: string, now = Date.now()) {
    const family = families.get(id)
    if (family && family.expiresAt + RETAIN_AFTER_EXPIRY_MS <= now) {
      families.delete(id)
      return undefined
    }
    return family
  }

  const copy = ({ id, userId, name, createdAt, revokedAt, revokedReason }: Family): Family =>
    revokedReason ? { id, userId, name, createdAt, revokedAt, revokedReason } : { id, userId, name, createdAt }

  return {
    async createFamily(family, firstTokenHash, ttlMs) {
      sweep()
      const expiresAt = family.createdAt + ttlMs
      families.set(family.id, { ...family, expiresAt })
      tokens.set(firstTokenHash, { family: family.id, state: 'active', expiresAt })
    },
    async getFamily(id) {
      const family = liveFamily(id)
      return family ? copy(family) : null
    },
    async getToken(hash) {
      const token = tokens.get(hash)
      return token && liveFamily(token.family) ? { ...token } : null
    },
    async rotate({ hash, successorHash, now, graceMs, ttlMs }): Promise<RotateOutcome> {
      const token = tokens.get(hash)
      const family = token && liveFamily(token.family)
      if (!token || !family) return { kind: 'unknown' }
      if (family.revokedReason) return { kind: 'revoked', family: copy(family) }
      if (token.state === 'active') {
        if (token.expiresAt <= now) return { kind: 'expired', family: copy(family) }
        sweep(now)
        Object.assign(token, { state: 'rotated', rotatedAt: now, successor: successorHash })
        tokens.set(successorHash, { family: family.id, state: 'active', expiresAt: now + ttlMs })
        family.expiresAt = now + ttlMs
        return { kind: 'rotated', family: copy(family) }
      }
      if (now - (token.rotatedAt ?? 0) <= graceMs) return { kind: 'grace', family: copy(family), successor: token.successor! }
      Object.assign(family, { revokedAt: now, revokedReason: 'reuse_detected' })
      return { kind: 'reused', family: copy(family) }
    },
    async revokeFamily(id, reason, at) {
      const family = liveFamily(id)
      if (family && !family.revokedReason) Object.assign(family, { revokedAt: at, revokedReason: reason })
    },
    async close() {}
  }
}
