import { NextRequest, NextResponse } from 'next/server'
import { describe, expect, it } from 'vitest'
import { cookieHeaderAfter, forwardSetCookies } from '@/lib/edge/forward-cookies'

// Cookie values a refresh endpoint that is not ours may send: all legal (RFC 6265 cookie-octets),
// none of them base64url. The copy must be byte for byte, to the browser and into the request.
const ODD_VALUES = ['a+b/c==', 'x%25y', '50%', '%E2%82%AC', '"quoted"', 'a:b@c!d*e(f)', "it's~`^|{}"]

describe("Next 14.2.35's own Set-Cookie parser (why the copy does not go through it)", () => {
  const parsed = (line: string) => new NextResponse(null, { headers: [['set-cookie', line]] }).cookies.getAll()

  it('drops Max-Age', () => {
    const [a] = parsed('a=1; Path=/; Max-Age=600; HttpOnly')
    expect(a).toMatchObject({ name: 'a', value: '1', httpOnly: true })
    expect(a.maxAge).toBeUndefined()
  })

  it('decodes values again: %25 throws, + / = are re-encoded on the way out', () => {
    expect(() => parsed('a=x%25y; Path=/')).toThrow('URI malformed')
    const res = NextResponse.next()
    res.cookies.set(parsed('a=a+b/c==; Path=/')[0])
    expect(res.headers.getSetCookie()[0]).toBe('a=a%2Bb%2Fc%3D%3D; Path=/')
  })
})

describe('forwardSetCookies', () => {
  const req = () => new NextRequest('http://localhost/demo/dashboard', { headers: { cookie: 'keep=1; access=old; refresh=old' } })

  it.each(ODD_VALUES)('passes %j to the browser and into the request exactly', (value) => {
    const lines = [`refresh=${value}; Path=/; Max-Age=600; HttpOnly; Secure; SameSite=Lax`, 'access=new; Path=/; HttpOnly']
    const res = forwardSetCookies(req(), lines)
    expect(res.headers.getSetCookie()).toEqual(lines)
    // NextResponse.next({ request: { headers } }) sends the new request headers to Next as
    // x-middleware-request-<name>, which it applies to the request before rendering.
    expect(res.headers.get('x-middleware-request-cookie')).toBe(`keep=1; access=new; refresh=${value}`)
  })

  it('keeps Max-Age, Expires and every other attribute as written', () => {
    const line = 'a=1; Path=/; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=600; HttpOnly; SameSite=Lax; Partitioned'
    expect(forwardSetCookies(req(), [line]).headers.getSetCookie()).toEqual([line])
  })

  it('marks the response private, no-store: a shared cache must never keep tokens', () => {
    expect(forwardSetCookies(req(), ['a=1']).headers.get('cache-control')).toBe('private, no-store')
  })

  it('adds the extra request headers it is given', () => {
    expect(forwardSetCookies(req(), ['a=1'], { 'x-extra': 'yes' }).headers.get('x-middleware-request-x-extra')).toBe('yes')
  })
})

describe('cookieHeaderAfter', () => {
  const now = Date.parse('2030-01-01T00:00:00Z')

  it('replaces, adds and keeps cookies in order', () => {
    expect(cookieHeaderAfter('a=1; b=2', ['b=3; Path=/', 'c=4'], now)).toBe('a=1; b=3; c=4')
  })

  it('drops a cookie the response deletes, by Max-Age or by a past Expires', () => {
    expect(cookieHeaderAfter('a=1; b=2; c=3', ['a=; Max-Age=0', 'b=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'c=5; Expires=Wed, 01 Jan 2031 00:00:00 GMT'], now)).toBe('c=5')
  })

  it('starts from no cookie header at all, and ignores lines that are not cookies', () => {
    expect(cookieHeaderAfter(null, ['=nameless', 'garbage', 'a=1'], now)).toBe('a=1')
  })
})
