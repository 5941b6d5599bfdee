import { AuthError } from '@/lib/edge/errors'
import { perProcess } from '@/lib/node/per-process'
import { sessionStore, type SessionStore } from '@/lib/node/store'

// The lab's "take the session store down": for one session only, every store call about its
// family fails the way a Redis outage does (lib/node/redis-client.ts throws the same code), so
// the recipes' own code answers it: a 503 that keeps the cookies. Everyone else's sessions are
// untouched. The auth core knows nothing of this: the demo wraps the store in the one slot per
// process where sessionStore() keeps it (lib/node/per-process.ts names it so), once.

const SLOT = Symbol.for('cookie-flow.session-store')
const WRAPPED = Symbol.for('cookie-flow.demo-outage-aware')
/** An outage the reader forgets to end ends by itself. */
export const MAX_OUTAGE_MS = 60_000

const outages = () => perProcess('demo-store-outages', () => new Map<string, number>())

function isDown(familyId: string): boolean {
  const until = outages().get(familyId)
  if (until === undefined) return false
  if (until > Date.now()) return true
  outages().delete(familyId)
  return false
}

function refuse(): never {
  throw new AuthError('ERR_STORE_UNAVAILABLE', 'The session store is unavailable: the demo lab took it down for this session')
}

function outageAware(real: SessionStore): SessionStore {
  const guard = (familyId: string | undefined) => {
    if (familyId && isDown(familyId)) refuse()
  }
  return {
    createFamily: (family, hash, ttlMs) => real.createFamily(family, hash, ttlMs),
    async getFamily(id) {
      guard(id)
      return real.getFamily(id)
    },
    async getToken(hash) {
      const token = await real.getToken(hash)
      guard(token?.family)
      return token
    },
    async rotate(input) {
      // Only while some session is down does a rotation cost the extra lookup.
      if (outages().size) guard((await real.getToken(input.hash))?.family)
      return real.rotate(input)
    },
    async revokeFamily(id, reason, at) {
      guard(id)
      return real.revokeFamily(id, reason, at)
    },
    close: () => real.close()
  }
}

function install() {
  const store = sessionStore() as SessionStore & { [WRAPPED]?: true }
  if (store[WRAPPED]) return
  const g = globalThis as { [key: symbol]: unknown }
  g[SLOT] = Object.assign(outageAware(store), { [WRAPPED]: true as const })
}

export function takeStoreDown(familyId: string, ms: number) {
  install()
  outages().set(familyId, Date.now() + Math.min(ms, MAX_OUTAGE_MS))
}

/** False when the lab had not taken it down (or the outage had ended): then an outage is real. */
export function bringStoreBack(familyId: string): boolean {
  const wasDown = isDown(familyId)
  outages().delete(familyId)
  return wasDown
}
