import type { Flow } from '../edge/flows'
import type { RecordedHop } from './hop-headers'

// The inspector's raw material: what each party did and who received the Set-Cookie. Whether the
// browser ever got the tokens an event minted is not stored: it is read off what came after
// (lib/demo/node/delivery.ts), so recording an event is one write and never an update.

export type Party = 'server-action' | 'api' | 'middleware' | 'redirect' | 'client' | 'callback'
export type Delivery = 'pending' | 'delivered' | 'lost'

export interface InspectorEvent {
  id: string
  at: number // ms
  kind: 'login' | 'refresh' | 'refresh-failed' | 'logout' | 'switch'
  by: Party
  flow?: Flow
  outcome?: string
  /** Who received the Set-Cookie: the browser, or the middleware's own fetch(). */
  receiver?: 'browser' | 'middleware-fetch'
  accessJti?: string // the access token this event minted
  refreshFp?: string // the refresh token this event minted
  parentFp?: string // the refresh token that was presented
  /** Set when the identity provider issued the tokens: then it is a fourth party. */
  issuer?: 'provider'
  /** What the provider was asked: called (this request's call), shared (it waited for another's), refused. */
  provider?: 'called' | 'shared' | 'refused'
  /** The headers of the request the route handled and of its answer, values as fingerprints. */
  hop?: RecordedHop
}

/** An event as the dashboard shows it: with what became of the tokens it minted. */
export type ShownEvent = InspectorEvent & { delivery?: Delivery }
