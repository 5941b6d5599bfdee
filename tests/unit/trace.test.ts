import { describe, expect, it } from 'vitest'
import { parseTrace, traceSetCookie, withHop } from '@/lib/demo/edge/trace'

describe('the compare trace cookie', () => {
  it('keeps hops in the order they were answered, and ignores the start marker', () => {
    let value = withHop('started', { answeredBy: 'middleware', method: 'GET', path: '/demo/dashboard', status: 307 })
    value = withHop(value, { answeredBy: 'route', method: 'GET', path: '/api/auth/refresh', status: 303 })
    expect(parseTrace(value).map(({ answeredBy, method, path, status }) => `${answeredBy} ${method} ${path} ${status}`)).toEqual([
      'middleware GET /demo/dashboard 307',
      'route GET /api/auth/refresh 303'
    ])
    expect(parseTrace(undefined)).toEqual([])
  })

  it('survives the round trip through a Set-Cookie line (encoded there, decoded by the cookie parser)', () => {
    const value = withHop(undefined, { answeredBy: 'route', method: 'POST', path: '/api/auth/refresh', status: 200 })
    const line = traceSetCookie(value)
    expect(line).toMatch(/; Path=\/; Max-Age=60; HttpOnly; SameSite=Lax/)
    const encoded = line.split(';')[0].split('=').slice(1).join('=')
    expect(encoded).not.toMatch(/[ ;,|]/)
    expect(parseTrace(decodeURIComponent(encoded))[0]).toMatchObject({ method: 'POST', path: '/api/auth/refresh', status: 200 })
  })
})
