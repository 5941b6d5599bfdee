import { beforeAll, describe, expect, it } from 'vitest'
import { listEvents } from '@/lib/node/flow-events'
import { refreshSession, startSession, type Caller } from '@/lib/node/rotation'
import { sessionStore } from '@/lib/node/store'
import { useTestKeys } from '../support/test-keys'

const GRACE_S = 1
const caller: Caller = { by: 'client', flow: 'client', receiver: 'browser' }
const user = { userId: 'u1', name: 'User' }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  // Read once, on first use, by lib/node/env.ts: set before anything calls it.
  process.env.REFRESH_REUSE_GRACE = String(GRACE_S)
  process.env.SESSION_STORE = 'memory'
  await useTestKeys()
})

async function refreshed(token: string) {
  const result = await refreshSession(token, caller)
  if (!result.ok) throw new Error(`refresh failed: ${result.reason}`)
  return result
}

describe('refresh token rotation', () => {
  it('rotates: a new refresh token and a new access token each time', async () => {
    const login = await startSession(user, caller)
    const first = await refreshed(login.refresh)
    expect(first.outcome).toBe('rotated')
    expect(first.refresh).not.toBe(login.refresh)
    expect(first.access.jti).not.toBe(login.access.jti)
    expect((await refreshed(first.refresh)).outcome).toBe('rotated')
  })

  it('hands concurrent refreshes of one token the same successor: no logout, one rotation', async () => {
    const login = await startSession(user, caller)
    const results = await Promise.all(Array.from({ length: 20 }, () => refreshed(login.refresh)))
    expect(results.filter((r) => r.outcome === 'rotated')).toHaveLength(1)
    expect(new Set(results.map((r) => r.refresh)).size).toBe(1)
    expect(new Set(results.map((r) => r.access.jti)).size).toBe(20)
  })

  it('follows the chain within the grace window to the live token', async () => {
    const login = await startSession(user, caller)
    const second = await refreshed(login.refresh)
    const third = await refreshed(second.refresh)
    const late = await refreshed(login.refresh)
    expect(late.outcome).toBe('grace')
    expect(late.refresh).toBe(third.refresh)
  })

  it('revokes the whole family when a rotated token comes back after the grace window', async () => {
    const login = await startSession(user, caller)
    const next = await refreshed(login.refresh)
    await sleep(GRACE_S * 1000 + 100)
    expect(await refreshSession(login.refresh, caller)).toEqual({ ok: false, reason: 'reuse_detected' })
    // The refresh that was never presented is lost: the session can no longer deliver it.
    expect((await listEvents(login.family.id)).find((e) => e.kind === 'refresh')?.delivery).toBe('lost')
    // The thief's copy and the user's copy die together.
    expect(await refreshSession(next.refresh, caller)).toEqual({ ok: false, reason: 'reuse_detected' })
    expect(await sessionStore().getFamily(login.family.id)).toMatchObject({ revokedReason: 'reuse_detected' })
    const failures = (await listEvents(login.family.id)).filter((e) => e.kind === 'refresh-failed')
    expect(failures.map((e) => e.outcome)).toEqual(['reuse_detected', 'reuse_detected'])
  })

  it('marks tokens delivered when the browser presents them', async () => {
    const login = await startSession(user, caller)
    const next = await refreshed(login.refresh)
    await refreshed(next.refresh)
    const [loginEvent, firstRefresh] = await listEvents(login.family.id)
    expect(loginEvent.delivery).toBe('delivered')
    expect(firstRefresh.delivery).toBe('delivered')
  })

  it('refuses a malformed token without asking the store', async () => {
    expect(await refreshSession('x'.repeat(5000), caller)).toEqual({ ok: false, reason: 'refresh_unknown' })
    expect(await refreshSession('A'.repeat(43), caller)).toEqual({ ok: false, reason: 'refresh_unknown' })
  })
})
