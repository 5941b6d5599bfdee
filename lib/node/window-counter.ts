import { authEnv } from './env'
import { perProcess } from './per-process'
import { redisAt } from './redis-client'

/**
 * A counter in fixed time windows, for the sign-in rate limit. Its own small contract, beside the
 * session store: a limiter needs none of the store's methods, and a store none of these.
 */
export interface WindowCounter {
  /** Adds `by` (0 to only read) to `key`'s count in its current window; returns the count and when the window ends. */
  hit(key: string, windowMs: number, by: number): Promise<{ count: number; resetAt: number }>
}

export function memoryCounter(): WindowCounter {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return {
    async hit(key, windowMs, by) {
      const now = Date.now()
      let entry = windows.get(key)
      if (!entry || entry.resetAt <= now) {
        // Ended windows are dropped as new ones start, so the map stays as small as the traffic.
        windows.forEach((e, k) => e.resetAt <= now && windows.delete(k))
        windows.set(key, (entry = { count: 0, resetAt: now + windowMs }))
      }
      entry.count += by
      return { ...entry }
    }
  }
}

export function redisCounter(url: string): WindowCounter {
  const redis = redisAt(url)
  return {
    hit: (key, windowMs, by) =>
      redis.run(async (c) => {
        const k = `cf:hits:${key}`
        const [count, , ttl] = (await c.multi().incrBy(k, by).pExpire(k, windowMs, 'NX').pTTL(k).exec()) as unknown as [number, unknown, number]
        return { count, resetAt: Date.now() + Math.max(ttl, 0) }
      })
  }
}

/** Kept where the sessions are (SESSION_STORE): one per process. */
export function windowCounter(): WindowCounter {
  return perProcess('window-counter', () => {
    const env = authEnv()
    return env.store === 'redis' ? redisCounter(env.redisUrl) : memoryCounter()
  })
}
