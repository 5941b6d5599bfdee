import { randomBytes } from 'node:crypto'
import { AuthError } from '@/lib/edge/errors'
import type { Flow } from '@/lib/edge/flow'
import { sessionStore, type FlowEvent } from './store'

// The flow inspector's raw material: what each party did, who received the Set-Cookie, and
// whether the browser ever presented the tokens it was sent.
export type Party = 'server-action' | 'api' | 'middleware' | 'redirect' | 'client'
export type Delivery = 'pending' | 'delivered' | 'lost'

export interface AuthEvent extends FlowEvent {
  kind: 'login' | 'refresh' | 'refresh-failed' | 'logout' | 'switch'
  by: Party
  flow?: Flow
  outcome?: string
  receiver?: 'browser' | 'middleware-fetch'
  accessJti?: string
  refreshFp?: string // the refresh token this event minted
  parentFp?: string // the refresh token that was presented
  delivery?: Delivery
}

// A presentation of the old token this long after new tokens were sent cannot be a concurrent
// twin of the request that got them: the browser had the chance to store the new cookie and didn't.
export const LOST_AFTER_MS = 750

function eventId(at: number): string {
  // Fixed-width time first, so ids sort in time order as plain strings (the redis store relies on it).
  return `${at.toString(36).padStart(9, '0')}-${randomBytes(3).toString('hex')}`
}

// The inspector's events are best effort. A store that fails right after a successful rotation
// must not fail the refresh: the browser would keep its old token, and once the grace window
// passed, presenting it would look like reuse and end the session.
async function bestEffort(write: () => Promise<unknown>) {
  try {
    await write()
  } catch (error) {
    if (!(error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE')) throw error
    console.warn(`[cookie-flow] flow event not recorded: ${error.message}`)
  }
}

export async function recordEvent(familyId: string, data: Omit<AuthEvent, 'id' | 'at'>, at = Date.now()): Promise<void> {
  const event = { id: eventId(at), at, ...data } as AuthEvent
  await bestEffort(() => sessionStore().saveEvent(familyId, event))
}

export async function listEvents(familyId: string): Promise<AuthEvent[]> {
  return (await sessionStore().listEvents(familyId)) as AuthEvent[]
}

function relabel(familyId: string, pick: (e: AuthEvent) => boolean, delivery: Delivery) {
  const store = sessionStore()
  return bestEffort(async () => {
    for (const event of await listEvents(familyId)) {
      if (event.delivery && event.delivery !== delivery && pick(event)) await store.saveEvent(familyId, { ...event, delivery })
    }
  })
}

/** The browser presented refresh token `fp`: whatever minted it reached the browser's jar. */
export function refreshPresented(familyId: string, fp: string) {
  return relabel(familyId, (e) => e.refreshFp === fp, 'delivered')
}

/** The browser presented access token `jti` (not one the middleware forwarded in this request). */
export function accessPresented(familyId: string, jti: string) {
  return relabel(familyId, (e) => e.accessJti === jti && e.delivery === 'pending', 'delivered')
}

/** The browser presented `fp` again at `at`, after it had been replaced: its replacements were lost. */
export function stalePresented(familyId: string, fp: string, at: number) {
  return relabel(familyId, (e) => e.parentFp === fp && e.delivery === 'pending' && at - e.at > LOST_AFTER_MS, 'lost')
}

/** A revoked session's undelivered tokens will never be delivered. */
export function sessionEnded(familyId: string) {
  return relabel(familyId, (e) => e.delivery === 'pending', 'lost')
}
