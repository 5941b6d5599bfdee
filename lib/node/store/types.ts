// The session store contract. Both implementations (memory, redis) pass the same tests
// (tests/unit/store.test.ts), and `rotate` is atomic in both: two requests, or two app
// instances, can never both rotate the same refresh token.

export interface Family {
  id: string
  userId: string
  name: string
  createdAt: number // ms
  revokedAt?: number
  revokedReason?: string
}

export interface TokenRecord {
  family: string
  state: 'active' | 'rotated'
  expiresAt: number // ms
  rotatedAt?: number
  successor?: string // hash of the token that replaced this one
}

export type RotateOutcome =
  | { kind: 'rotated'; family: string }
  // Already rotated, but within the grace window: a concurrent request, not an attack.
  | { kind: 'grace'; family: string; successor: string }
  // Already rotated, after the grace window: the family is now revoked (RFC 9700 §4.14.2).
  | { kind: 'reused'; family: string }
  | { kind: 'revoked'; family: string; reason: string }
  | { kind: 'expired'; family: string }
  | { kind: 'unknown' }

export interface RotateInput {
  hash: string
  successorHash: string
  now: number // ms
  graceMs: number
  ttlMs: number // lifetime of the successor
}

export interface FlowEvent {
  id: string
  at: number // ms
  [key: string]: unknown
}

export interface SessionStore {
  createFamily(family: Family, firstTokenHash: string, ttlMs: number): Promise<void>
  getFamily(id: string): Promise<Family | null>
  getToken(hash: string): Promise<TokenRecord | null>
  rotate(input: RotateInput): Promise<RotateOutcome>
  revokeFamily(id: string, reason: string, at: number): Promise<void>
  saveEvent(familyId: string, event: FlowEvent): Promise<void>
  listEvents(familyId: string): Promise<FlowEvent[]>
  /** Adds `by` (0 to only read) to a counter in a fixed window; returns the count and when the window ends. */
  hit(key: string, windowMs: number, by: number): Promise<{ count: number; resetAt: number }>
  close(): Promise<void>
}

export const MAX_EVENTS = 40

// Records outlive their tokens by this much, so a token presented after it expired is answered
// "expired" (not "unknown"), and a late reuse is still recognised as one.
export const RETAIN_AFTER_EXPIRY_MS = 60 * 60_000
