import { describe, expect, it } from 'vitest'
import { flowOf } from '@/lib/demo/edge/flows'

// The demo's strategy cookie: garbage is refused, a flow from the other kind of session is not.
describe('flowOf', () => {
  it('runs the cookie’s flow when it suits who issued the tokens', () => {
    expect(flowOf('broken', 'app')).toBe('broken')
    expect(flowOf('provider-direct', 'provider')).toBe('provider-direct')
  })

  it('falls back to the configured strategy for a flow left over from the other kind of session', () => {
    expect(flowOf('provider-direct', 'app')).toBe('forward')
    expect(flowOf('broken', 'provider')).toBe('forward')
  })

  it('refuses a cookie that names no flow', () => {
    expect(flowOf('sideways', 'app')).toBeNull()
    expect(flowOf('', 'provider')).toBeNull()
  })

  it('uses the configured strategy with no cookie', () => {
    expect(flowOf(undefined, 'provider')).toBe('forward')
  })
})
