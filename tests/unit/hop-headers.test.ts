import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { setCookieFate } from '@/components/demo/inspector-messages'
import type { ShownEvent } from '@/lib/demo/node/events'
import { MAX_COOKIES, MAX_VALUE_CHARS, recordHop, shownCookies, shownSetCookie } from '@/lib/demo/node/hop-headers'

// The inspector shows what each hop carried, never a value a reader (or anyone watching their
// screen) could replay: every cookie value is reduced to the first hex digits of its SHA-256.

const sha8 = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 8)
const token = () => randomBytes(32).toString('base64url')

describe('shownCookies', () => {
  it('keeps each name and only the fingerprint of each value', () => {
    const [access, refresh] = [token(), token()]
    const shown = shownCookies(`__Host-cf_access=${access}; __Host-cf_refresh=${refresh}`)
    expect(shown).toEqual([
      { name: '__Host-cf_access', fp: sha8(access) },
      { name: '__Host-cf_refresh', fp: sha8(refresh) }
    ])
    expect(JSON.stringify(shown)).not.toContain(access)
    expect(JSON.stringify(shown)).not.toContain(refresh)
  })

  it('fingerprints a value with "=" in it whole, and shows an empty value as empty', () => {
    expect(shownCookies('a=b=c; empty=')).toEqual([
      { name: 'a', fp: sha8('b=c') },
      { name: 'empty', fp: '' }
    ])
  })

  it('keeps at most MAX_COOKIES, and says how many more there were', () => {
    const header = Array.from({ length: MAX_COOKIES + 5 }, (_, i) => `c${i}=${token()}`).join('; ')
    const shown = shownCookies(header)
    expect(shown).toHaveLength(MAX_COOKIES + 1)
    expect(shown.at(-1)).toEqual({ name: '(5 more)', fp: '' })
  })
})

describe('shownSetCookie', () => {
  it('parses the attributes that say where a cookie lands and for how long', () => {
    const value = token()
    const shown = shownSetCookie(`__Host-cf_refresh=${value}; Path=/; Max-Age=604800; HttpOnly; Secure; SameSite=lax`)
    expect(shown).toEqual({ name: '__Host-cf_refresh', fp: sha8(value), attributes: ['Path=/', 'Max-Age=604800', 'HttpOnly', 'Secure', 'SameSite=lax'] })
  })

  it('keeps an Expires date whole and a cleared cookie as empty', () => {
    const shown = shownSetCookie('cf_access=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly')
    expect(shown).toEqual({ name: 'cf_access', fp: '', attributes: ['Path=/', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'HttpOnly'] })
  })

  it('drops any attribute it does not know, so nothing else can carry a value through', () => {
    const secret = token()
    const shown = shownSetCookie(`a=${secret}; Comment=${secret}; HttpOnly`)
    expect(shown.attributes).toEqual(['HttpOnly'])
    expect(JSON.stringify(shown)).not.toContain(secret)
  })
})

describe('recordHop', () => {
  it('records the request and the built response, values as fingerprints', () => {
    const [old, fresh] = [token(), token()]
    const req = new Request('http://app.test/api/auth/refresh?return_to=%2Fdemo%2Fdashboard', {
      method: 'GET',
      headers: { cookie: `__Host-cf_refresh=${old}`, 'sec-fetch-site': 'same-origin', accept: 'text/html' }
    })
    const headers = new Headers({ 'cache-control': 'private, no-store', location: '/demo/dashboard' })
    headers.append('set-cookie', `__Host-cf_refresh=${fresh}; Path=/; HttpOnly; Secure; SameSite=Lax`)
    const hop = recordHop(req, new Response(null, { status: 303, headers }))
    expect(hop.request).toEqual({
      method: 'GET',
      path: '/api/auth/refresh?return_to=%2Fdemo%2Fdashboard',
      cookies: [{ name: '__Host-cf_refresh', fp: sha8(old) }],
      headers: [
        ['Origin', null],
        ['Sec-Fetch-Site', 'same-origin'],
        ['Accept', 'text/html']
      ]
    })
    expect(hop.response).toEqual({
      status: 303,
      setCookies: [{ name: '__Host-cf_refresh', fp: sha8(fresh), attributes: ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax'] }],
      headers: [
        ['Cache-Control', 'private, no-store'],
        ['Location', '/demo/dashboard']
      ]
    })
    const stored = JSON.stringify(hop)
    expect(stored).not.toContain(old)
    expect(stored).not.toContain(fresh)
  })

  it('clips a long header, so one event stays small', () => {
    const req = new Request('http://app.test/x', { headers: { accept: 'a'.repeat(5000) } })
    const accept = recordHop(req).request.headers.find(([name]) => name === 'Accept')![1]!
    expect(accept).toHaveLength(MAX_VALUE_CHARS + 1)
  })
})

describe('setCookieFate', () => {
  const refresh = (over: Partial<ShownEvent>): ShownEvent => ({ id: '1', at: 0, kind: 'refresh', by: 'middleware', flow: 'broken', receiver: 'middleware-fetch', ...over })

  it('says dropped only for the broken middleware, while nothing shows the browser got the tokens', () => {
    expect(setCookieFate(refresh({ delivery: 'pending' }))).toMatchObject({ dropped: true, tone: 'lost', note: 'dropped: never reached the browser' })
    expect(setCookieFate(refresh({ delivery: 'lost' }))).toMatchObject({ dropped: true })
    expect(setCookieFate(refresh({ delivery: 'delivered' }))).toMatchObject({ dropped: false })
  })

  it('says passed on for forward, and nothing when the browser received the answer itself', () => {
    expect(setCookieFate(refresh({ flow: 'forward', delivery: 'pending' }))).toMatchObject({ dropped: false, tone: 'ok' })
    expect(setCookieFate(refresh({ by: 'redirect', flow: 'redirect', receiver: 'browser' }))).toBeNull()
    expect(setCookieFate(refresh({ by: 'client', flow: 'client', receiver: 'browser' }))).toBeNull()
  })
})
