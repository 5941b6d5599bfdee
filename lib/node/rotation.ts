import { randomUUID } from 'node:crypto'
import type { Flow } from '@/lib/edge/flow'
import { authEnv } from './env'
import { recordEvent, refreshPresented, sessionEnded, stalePresented, type AuthEvent, type Party } from './flow-events'
import { signingKeys } from './private-key'
import { fingerprint, hashToken, newRefreshToken, successorOf } from './refresh-token'
import { signAccessToken, type SignedAccess } from './sign'
import { sessionStore, type Family } from './store'

export interface IssuedTokens {
  access: SignedAccess
  refresh: string
  refreshMaxAge: number // seconds
  family: Family
}

export type RefreshFailure = 'reuse_detected' | 'session_revoked' | 'refresh_expired' | 'refresh_unknown'
export type RefreshResult = ({ ok: true; outcome: 'rotated' | 'grace' } & IssuedTokens) | { ok: false; reason: RefreshFailure }

export interface Caller {
  by: Party
  flow?: Flow
  receiver: NonNullable<AuthEvent['receiver']>
  presentedAt?: number // when the browser's request arrived, if earlier than now
}

export async function startSession(user: { userId: string; name: string }, caller: Caller): Promise<IssuedTokens> {
  const { refreshTtl } = authEnv()
  const family: Family = { id: randomUUID(), userId: user.userId, name: user.name, createdAt: Date.now() }
  const refresh = newRefreshToken()
  await sessionStore().createFamily(family, hashToken(refresh), refreshTtl * 1000)
  const access = await signAccessToken({ ...user, sid: family.id })
  await recordEvent(family.id, {
    kind: 'login',
    ...caller,
    accessJti: access.jti,
    refreshFp: fingerprint(hashToken(refresh)),
    delivery: 'pending'
  })
  return { access, refresh, refreshMaxAge: refreshTtl, family }
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

export async function refreshSession(token: string, caller: Caller): Promise<RefreshResult> {
  // Ours are 43 base64url characters; anything else cannot be in the store, so don't ask it.
  if (!/^[\w-]{43}$/.test(token)) return { ok: false, reason: 'refresh_unknown' }
  const store = sessionStore()
  const { refreshTtl, reuseGrace } = authEnv()
  const { successorSecret } = await signingKeys()
  const now = Date.now()
  const hash = hashToken(token)
  const fp = fingerprint(hash)
  const outcome = await store.rotate({
    hash,
    successorHash: hashToken(successorOf(token, successorSecret)),
    now,
    graceMs: reuseGrace * 1000,
    ttlMs: refreshTtl * 1000
  })
  const fail = async (reason: RefreshFailure, family?: string): Promise<RefreshResult> => {
    if (family) await recordEvent(family, { kind: 'refresh-failed', ...caller, outcome: reason, parentFp: fp })
    return { ok: false, reason }
  }

  if (outcome.kind === 'unknown') return fail('refresh_unknown')
  const familyId = outcome.family
  await refreshPresented(familyId, fp)
  if (outcome.kind === 'expired') return fail('refresh_expired', familyId)
  if (outcome.kind === 'revoked') return fail(outcome.reason === 'reuse_detected' ? 'reuse_detected' : 'session_revoked', familyId)
  if (outcome.kind === 'reused') {
    await sessionEnded(familyId)
    return fail('reuse_detected', familyId)
  }

  const refresh = outcome.kind === 'rotated' ? successorOf(token, successorSecret) : await liveSuccessor(token, outcome.successor)
  const family = await store.getFamily(familyId)
  if (!refresh || !family) return fail('refresh_unknown', familyId)
  if (outcome.kind === 'grace') await stalePresented(familyId, fp, caller.presentedAt ?? now)

  const access = await signAccessToken({ userId: family.userId, name: family.name, sid: family.id })
  await recordEvent(familyId, {
    kind: 'refresh',
    ...caller,
    outcome: outcome.kind,
    parentFp: fp,
    accessJti: access.jti,
    refreshFp: fingerprint(hashToken(refresh)),
    delivery: 'pending'
  })
  return { ok: true, outcome: outcome.kind, access, refresh, refreshMaxAge: refreshTtl, family }
}

export async function endSession(familyId: string, by: Party): Promise<void> {
  await sessionStore().revokeFamily(familyId, 'logged_out', Date.now())
  await sessionEnded(familyId)
  await recordEvent(familyId, { kind: 'logout', by })
}
