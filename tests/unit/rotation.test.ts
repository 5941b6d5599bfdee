import { beforeAll, describe, expect, it, vi } from 'vitest'
import { refreshSession, startSession } from '@/lib/node/rotation'
import { sessionStore } from '@/lib/node/store'
import { useTestKeys } from '../support/test-keys'

const GRACE_S = 1
const user = { userId: 'u1', name: 'User' }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  // Read once, on first use, by lib/node/env.ts: set before anything calls it.
  process.env.REFRESH_REUSE_GRACE = String(GRACE_S)
  process.env.SESSION_STORE = 'memory'
  await useTestKeys()
})

async function refreshed(token: string) {
  const result = await refreshSession(token)
  if (!result.ok) throw new Error(`refresh failed: ${result.reason}`)
  return result
}

describe('refresh token rotation', () => {
  it('rotates: a new refresh token and a new access token each time, and says which it presented and minted', async () => {
    const login = await startSession(user)
    const first = await refreshed(login.refresh)
    expect(first.outcome).toBe('rotated')
    expect(first.refresh).not.toBe(login.refresh)
    expect(first.access.jti).not.toBe(login.access.jti)
    expect(first.presentedFp).toBe(login.minted.refreshFp)
    expect(first.minted).toEqual({ refreshFp: expect.stringMatching(/^[0-9a-f]{8}$/), accessJti: first.access.jti })
    expect(first.family).toMatchObject({ id: login.family.id, userId: 'u1', name: 'User' })
    expect((await refreshed(first.refresh)).outcome).toBe('rotated')
  })

  it('hands concurrent refreshes of one token the same successor: no logout, one rotation', async () => {
    const login = await startSession(user)
    const results = await Promise.all(Array.from({ length: 20 }, () => refreshed(login.refresh)))
    expect(results.filter((r) => r.outcome === 'rotated')).toHaveLength(1)
    expect(new Set(results.map((r) => r.refresh)).size).toBe(1)
    expect(new Set(results.map((r) => r.access.jti)).size).toBe(20)
  })

  it('follows the chain within the grace window to the live token', async () => {
    const login = await startSession(user)
    const second = await refreshed(login.refresh)
    const third = await refreshed(second.refresh)
    const late = await refreshed(login.refresh)
    expect(late.outcome).toBe('grace')
    expect(late.refresh).toBe(third.refresh)
  })

  it('revokes the whole family when a rotated token comes back after the grace window', async () => {
    const login = await startSession(user)
    const next = await refreshed(login.refresh)
    await sleep(GRACE_S * 1000 + 100)
    expect(await refreshSession(login.refresh)).toMatchObject({ ok: false, reason: 'reuse_detected', presentedFp: login.minted.refreshFp })
    // The thief's copy and the user's copy die together.
    expect(await refreshSession(next.refresh)).toMatchObject({ ok: false, reason: 'reuse_detected', family: { revokedReason: 'reuse_detected' } })
    expect(await sessionStore().getFamily(login.family.id)).toMatchObject({ revokedReason: 'reuse_detected' })
  })

  it('refuses a malformed token without asking the store', async () => {
    const rotate = vi.spyOn(sessionStore(), 'rotate')
    try {
      expect(await refreshSession('x'.repeat(5000))).toEqual({ ok: false, reason: 'refresh_unknown', presentedFp: null, family: null })
      expect(await refreshSession('bad token!')).toEqual({ ok: false, reason: 'refresh_unknown', presentedFp: null, family: null })
      expect(rotate).not.toHaveBeenCalled()
      // A well-formed token the store has never seen is asked about, and is unknown.
      expect(await refreshSession('A'.repeat(43))).toMatchObject({ ok: false, reason: 'refresh_unknown' })
      expect(rotate).toHaveBeenCalledTimes(1)
    } finally {
      rotate.mockRestore()
    }
  })
})
