import { authEnv } from '../env'
import { memoryStore } from './memory'
import { redisStore } from './redis'
import type { SessionStore } from './types'

// One store per process. Kept on globalThis because Next may evaluate this module more than
// once (per route bundle, and again on every dev reload); a second memory store would be a
// second, empty session table.
const slot = Symbol.for('cookie-flow.session-store')
type Slot = { [slot]?: SessionStore }

export function sessionStore(): SessionStore {
  const g = globalThis as Slot
  if (!g[slot]) {
    const env = authEnv()
    g[slot] = env.store === 'redis' ? redisStore(env.redisUrl) : memoryStore()
  }
  return g[slot]
}

export type { Family, FlowEvent, SessionStore, TokenRecord } from './types'
