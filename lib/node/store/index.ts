import { authEnv } from '../env'
import { perProcess } from '../per-process'
import { memoryStore } from './memory'
import { redisStore } from './redis'
import type { SessionStore } from './types'

/** The session store SESSION_STORE names: one per process. */
export function sessionStore(): SessionStore {
  return perProcess('session-store', () => {
    const env = authEnv()
    return env.store === 'redis' ? redisStore(env.redisUrl) : memoryStore()
  })
}

export type { Family, SessionStore, TokenRecord } from './types'
