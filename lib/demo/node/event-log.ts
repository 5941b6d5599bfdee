import { randomBytes } from 'node:crypto'
import { AuthError } from '@/lib/edge/errors'
import { authEnv } from '@/lib/node/env'
import { perProcess } from '@/lib/node/per-process'
import { redisAt } from '@/lib/node/redis-client'
import { RETAIN_AFTER_EXPIRY_MS } from '@/lib/node/store/types'
import type { InspectorEvent } from './events'

// The inspector's event log: its own small contract, beside (not inside) the session store. It
// keeps the last MAX_EVENTS events of each session, as long as the session could live.

export const MAX_EVENTS = 40

export interface EventLog {
  append(familyId: string, event: InspectorEvent): Promise<void>
  list(familyId: string): Promise<InspectorEvent[]>
}

export function memoryLog(): EventLog {
  const logs = new Map<string, { events: InspectorEvent[]; expiresAt: number }>()
  return {
    async append(familyId, event) {
      const now = Date.now()
      for (const [id, log] of logs) if (log.expiresAt <= now) logs.delete(id)
      const log = logs.get(familyId) ?? { events: [], expiresAt: 0 }
      logs.set(familyId, { events: [...log.events, event].slice(-MAX_EVENTS), expiresAt: now + lifetime() })
    },
    async list(familyId) {
      return (logs.get(familyId)?.events ?? []).map((e) => ({ ...e }))
    }
  }
}

export function redisLog(url: string): EventLog {
  const redis = redisAt(url)
  const key = (familyId: string) => `cf:events:${familyId}`
  return {
    // One round trip: the event and the log's lifetime; a second only to trim a long log.
    append: (familyId, event) =>
      redis.run(async (c) => {
        const [length] = (await c.multi().rPush(key(familyId), JSON.stringify(event)).pExpire(key(familyId), lifetime()).exec()) as unknown as [number]
        if (length > MAX_EVENTS) await c.lTrim(key(familyId), -MAX_EVENTS, -1)
      }),
    list: (familyId) => redis.run(async (c) => (await c.lRange(key(familyId), 0, -1)).map((e) => JSON.parse(e) as InspectorEvent))
  }
}

const lifetime = () => authEnv().refreshTtl * 1000 + RETAIN_AFTER_EXPIRY_MS

function eventLog(): EventLog {
  return perProcess('event-log', () => {
    const env = authEnv()
    return env.store === 'redis' ? redisLog(env.redisUrl) : memoryLog()
  })
}

function eventId(at: number): string {
  // Fixed-width time first, so ids sort in time order as plain strings.
  return `${at.toString(36).padStart(9, '0')}-${randomBytes(3).toString('hex')}`
}

/**
 * Records an event. Best effort: a store that fails right after a successful rotation must not
 * fail the refresh, or the browser would keep its old token and, once the grace window passed,
 * presenting it would look like reuse and end the session.
 */
export async function recordEvent(familyId: string, data: Omit<InspectorEvent, 'id' | 'at'>): Promise<void> {
  const at = Date.now()
  try {
    await eventLog().append(familyId, { id: eventId(at), at, ...data })
  } catch (error) {
    if (!(error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE')) throw error
    console.warn(`[cookie-flow] inspector event not recorded: ${error.message}`)
  }
}

export function listEvents(familyId: string): Promise<InspectorEvent[]> {
  return eventLog().list(familyId)
}
