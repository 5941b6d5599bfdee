import type { Family, FlowEvent, RotateInput, RotateOutcome, SessionStore, TokenRecord } from './types'
import { MAX_EVENTS, RETAIN_AFTER_EXPIRY_MS } from './types'

// One process, one event loop: each method runs to completion without awaiting in between,
// which is what makes `rotate` atomic here. For several instances use the redis store.
export function memoryStore(): SessionStore {
  const families = new Map<string, Family & { expiresAt: number }>()
  const tokens = new Map<string, TokenRecord>()
  const events = new Map<string, FlowEvent[]>()
  const hits = new Map<string, { count: number; resetAt: number }>()
  let writes = 0

  // Expired entries are dropped lazily; a sweep every few hundred writes keeps memory flat
  // under a long-running load with no reads of old sessions.
  function sweep(now = Date.now()) {
    if (++writes % 500 !== 0) return
    for (const id of families.keys()) liveFamily(id, now)
    for (const [hash, token] of tokens) if (!families.has(token.family)) tokens.delete(hash)
    for (const [key, entry] of hits) if (entry.resetAt <= now) hits.delete(key)
  }

  function liveFamily(id: string, now = Date.now()) {
    const family = families.get(id)
    if (family && family.expiresAt + RETAIN_AFTER_EXPIRY_MS <= now) {
      families.delete(id)
      events.delete(id)
      return undefined
    }
    return family
  }

  return {
    async createFamily(family, firstTokenHash, ttlMs) {
      sweep()
      const expiresAt = family.createdAt + ttlMs
      families.set(family.id, { ...family, expiresAt })
      tokens.set(firstTokenHash, { family: family.id, state: 'active', expiresAt })
    },
    async getFamily(id) {
      const family = liveFamily(id)
      if (!family) return null
      const { expiresAt: _expiresAt, ...rest } = family
      return rest
    },
    async getToken(hash) {
      const token = tokens.get(hash)
      return token && liveFamily(token.family) ? { ...token } : null
    },
    async rotate({ hash, successorHash, now, graceMs, ttlMs }): Promise<RotateOutcome> {
      const token = tokens.get(hash)
      const family = token && liveFamily(token.family)
      if (!token || !family) return { kind: 'unknown' }
      if (family.revokedReason) return { kind: 'revoked', family: family.id, reason: family.revokedReason }
      if (token.state === 'active') {
        if (token.expiresAt <= now) return { kind: 'expired', family: family.id }
        sweep(now)
        Object.assign(token, { state: 'rotated', rotatedAt: now, successor: successorHash })
        tokens.set(successorHash, { family: family.id, state: 'active', expiresAt: now + ttlMs })
        family.expiresAt = now + ttlMs
        return { kind: 'rotated', family: family.id }
      }
      if (now - (token.rotatedAt ?? 0) <= graceMs) return { kind: 'grace', family: family.id, successor: token.successor! }
      Object.assign(family, { revokedAt: now, revokedReason: 'reuse_detected' })
      return { kind: 'reused', family: family.id }
    },
    async revokeFamily(id, reason, at) {
      const family = liveFamily(id)
      if (family && !family.revokedReason) Object.assign(family, { revokedAt: at, revokedReason: reason })
    },
    async saveEvent(familyId, event) {
      const list = events.get(familyId) ?? []
      const index = list.findIndex((e) => e.id === event.id)
      if (index >= 0) list[index] = event
      else list.push(event)
      events.set(familyId, list.slice(-MAX_EVENTS))
    },
    async listEvents(familyId) {
      return (events.get(familyId) ?? []).map((e) => ({ ...e }))
    },
    async hit(key, windowMs, by) {
      const now = Date.now()
      let entry = hits.get(key)
      if (!entry || entry.resetAt <= now) hits.set(key, (entry = { count: 0, resetAt: now + windowMs }))
      entry.count += by
      return { ...entry }
    },
    async close() {}
  }
}
