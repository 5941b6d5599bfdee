import { randomUUID } from 'node:crypto'
import { authEnv } from './env'
import { signingKeys } from './private-key'
import { fingerprint, hashToken, newRefreshToken, successorOf } from './refresh-token'
import { signAccessToken, type SignedAccess } from './sign'
import { sessionStore, type Family } from './store'

// Sessions: start one, refresh it, end it. Each says what happened (the outcome, the session, the
// fingerprints of the tokens presented and minted), so whoever calls can log or show it; none of
// them does anything but authentication.

export interface IssuedTokens {
  access: SignedAccess
  refresh: string
  refreshMaxAge: number // seconds
  family: Family
  /** Safe to log: the new refresh token's fingerprint and the new access token's id. */
  minted: { refreshFp: string; accessJti: string }
}

export type RefreshFailure = 'reuse_detected' | 'session_revoked' | 'refresh_expired' | 'refresh_unknown'
export type RefreshResult =
  | ({ ok: true; outcome: 'rotated' | 'grace'; presentedFp: string } & IssuedTokens)
  | { ok: false; reason: RefreshFailure; presentedFp: string | null; family: Family | null }

async function issue(family: Family, refresh: string): Promise<IssuedTokens> {
  const access = await signAccessToken({ userId: family.userId, name: family.name, sid: family.id })
  const minted = { refreshFp: fingerprint(hashToken(refresh)), accessJti: access.jti }
  return { access, refresh, refreshMaxAge: authEnv().refreshTtl, family, minted }
}

export async function startSession(user: { userId: string; name: string }): Promise<IssuedTokens> {
  const family: Family = { id: randomUUID(), userId: user.userId, name: user.name, createdAt: Date.now() }
  const refresh = newRefreshToken()
  await sessionStore().createFamily(family, hashToken(refresh), authEnv().refreshTtl * 1000)
  return issue(family, refresh)
}

// Follows the successor chain to the family's live token. Within the grace window every hop was
// rotated less than `grace` ago (each rotation comes after the one before), so this ends.
async function liveSuccessor(token: string, successorHash: string): Promise<string | null> {
  const { successorSecret } = await signingKeys()
  let current = successorOf(token, successorSecret)
  if (hashToken(current) !== successorHash) return null // the signing key changed since
  for (let hop = 0; hop < 8; hop++) {
    const record = await sessionStore().getToken(hashToken(current))
    if (!record) return null
    if (record.state === 'active') return current
    current = successorOf(current, successorSecret)
  }
  return null
}

export async function refreshSession(token: string): Promise<RefreshResult> {
  // Ours are 43 base64url characters; anything else cannot be in the store, so don't ask it.
  if (!/^[\w-]{43}$/.test(token)) return { ok: false, reason: 'refresh_unknown', presentedFp: null, family: null }
  const { refreshTtl, reuseGrace } = authEnv()
  const { successorSecret } = await signingKeys()
  const hash = hashToken(token)
  const presentedFp = fingerprint(hash)
  const outcome = await sessionStore().rotate({
    hash,
    successorHash: hashToken(successorOf(token, successorSecret)),
    now: Date.now(),
    graceMs: reuseGrace * 1000,
    ttlMs: refreshTtl * 1000
  })
  if (outcome.kind === 'unknown') return { ok: false, reason: 'refresh_unknown', presentedFp, family: null }
  const { family } = outcome
  const fail = (reason: RefreshFailure): RefreshResult => ({ ok: false, reason, presentedFp, family })
  if (outcome.kind === 'expired') return fail('refresh_expired')
  if (outcome.kind === 'revoked') return fail(family.revokedReason === 'reuse_detected' ? 'reuse_detected' : 'session_revoked')
  if (outcome.kind === 'reused') return fail('reuse_detected')

  const refresh = outcome.kind === 'rotated' ? successorOf(token, successorSecret) : await liveSuccessor(token, outcome.successor)
  if (!refresh) return fail('refresh_unknown')
  return { ok: true, outcome: outcome.kind, presentedFp, ...(await issue(family, refresh)) }
}

/** Revokes the session: every refresh token of the family, on every device, stops working. */
export async function endSession(familyId: string): Promise<void> {
  await sessionStore().revokeFamily(familyId, 'logged_out', Date.now())
}
