import { describe, expect, it } from 'vitest'
import { LOST_AFTER_MS, withDelivery } from '@/lib/demo/node/delivery'
import type { InspectorEvent } from '@/lib/demo/node/events'

// Whether the browser got an event's tokens is read off what came after; nothing is updated.
const login: InspectorEvent = { id: '1', at: 0, kind: 'login', by: 'server-action', refreshFp: 'r1', accessJti: 'a1' }
const refresh = (at: number, parentFp: string, refreshFp: string, by: InspectorEvent['by'] = 'middleware'): InspectorEvent => ({
  id: String(at),
  at,
  kind: 'refresh',
  by,
  parentFp,
  refreshFp,
  accessJti: `a-${refreshFp}`
})
const deliveries = (events: InspectorEvent[], holds = {}) => withDelivery(events, holds).map((e) => e.delivery)

describe('withDelivery', () => {
  it('is pending until something shows the browser has the tokens', () => {
    expect(deliveries([login])).toEqual(['pending'])
  })

  it('is delivered once the browser holds them, or presents the refresh token in a later refresh', () => {
    expect(deliveries([login], { refreshFp: 'r1' })).toEqual(['delivered'])
    expect(deliveries([login], { accessJti: 'a1' })).toEqual(['delivered'])
    expect(deliveries([login, refresh(5000, 'r1', 'r2')])).toEqual(['delivered', 'pending'])
  })

  it('is lost when the token it replaced comes back after a concurrent twin could explain it (the broken flow)', () => {
    const minted = refresh(5000, 'r1', 'r2')
    const twin = refresh(5000 + LOST_AFTER_MS, 'r1', 'r2')
    expect(deliveries([login, minted, twin])).toEqual(['delivered', 'pending', 'pending'])
    const late = { ...twin, id: 'late', at: 5000 + LOST_AFTER_MS + 1 }
    expect(deliveries([login, minted, late])).toEqual(['delivered', 'lost', 'pending'])
  })

  it('is lost when the session ends with the tokens never presented', () => {
    const failed: InspectorEvent = { id: 'f', at: 20_000, kind: 'refresh-failed', by: 'middleware', parentFp: 'r1', outcome: 'reuse_detected' }
    expect(deliveries([login, refresh(5000, 'r1', 'r2'), failed])).toEqual(['delivered', 'lost', undefined])
    expect(deliveries([login, { id: 'o', at: 9, kind: 'logout', by: 'api' }])).toEqual(['lost', undefined])
  })
})
