// The session store contract: only what authentication needs. Both implementations (memory,
// redis) pass the same tests (tests/unit/store.test.ts), and `rotate` is atomic in both: two
// requests, or two app instances, can never both rotate the same refresh token. A third store
// (Postgres, say) implements these six methods.

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

// Each outcome carries the family as it stands after the rotation, so a refresh needs one store
// round trip, not a second one to look the session up.
export type RotateOutcome =
  | { kind: 'rotated'; family: Family }
  // Already rotated, but within the grace window: a concurrent request, not an attack.
  | { kind: 'grace'; family: Family; successor: string }
  // Already rotated, after the grace window: the family is now revoked (RFC 9700 §4.14.2).
  | { kind: 'reused'; family: Family }
  | { kind: 'revoked'; family: Family }
  | { kind: 'expired'; family: Family }
  | { kind: 'unknown' }

export interface RotateInput {
  hash: string
  successorHash: string
  now: number // ms
  graceMs: number
  ttlMs: number // lifetime of the successor
}

export interface SessionStore {
  createFamily(family: Family, firstTokenHash: string, ttlMs: number): Promise<void>
  getFamily(id: string): Promise<Family | null>
  getToken(hash: string): Promise<TokenRecord | null>
  rotate(input: RotateInput): Promise<RotateOutcome>
  revokeFamily(id: string, reason: string, at: number): Promise<void>
  close(): Promise<void>
}

// Records outlive their tokens by this much, so a token presented after it expired is answered
// "expired" (not "unknown"), and a late reuse is still recognised as one.
export const RETAIN_AFTER_EXPIRY_MS = 60 * 60_000
