import { describe, expect, it } from 'vitest'
import { internalOrigin } from '@/lib/edge/internal-origin'

describe('internalOrigin', () => {
  it('defaults to the loopback address and the port next start listens on', () => {
    expect(internalOrigin({ PORT: '3000' })).toBe('http://127.0.0.1:3000')
  })

  it('prefers INTERNAL_ORIGIN, reduced to its origin', () => {
    expect(internalOrigin({ INTERNAL_ORIGIN: 'http://app.internal:8080/', PORT: '3000' })).toBe('http://app.internal:8080')
    expect(internalOrigin({ INTERNAL_ORIGIN: 'https://my-app.vercel.app' })).toBe('https://my-app.vercel.app')
  })

  it('never takes anything from a request: with no config and no port it refuses, naming the variable', () => {
    expect(() => internalOrigin({})).toThrow('INTERNAL_ORIGIN is not set and the server\'s port is unknown (no PORT).')
  })

  it.each([
    ['localhost:3000', 'INTERNAL_ORIGIN must be an http:// or https:// origin with no path, got "localhost:3000".'],
    ['http://127.0.0.1:3000/api', 'INTERNAL_ORIGIN must be an http:// or https:// origin with no path, got "http://127.0.0.1:3000/api".'],
    ['http://user:pw@127.0.0.1:3000', 'INTERNAL_ORIGIN must be an http:// or https:// origin with no path'],
    ['ftp://127.0.0.1', 'INTERNAL_ORIGIN must be an http:// or https:// origin with no path'],
    ['not a url', 'INTERNAL_ORIGIN is not a URL: "not a url".']
  ])('refuses INTERNAL_ORIGIN=%j', (value, message) => {
    expect(() => internalOrigin({ INTERNAL_ORIGIN: value, PORT: '3000' })).toThrow(message)
  })
})
