import { NextResponse } from 'next/server'
import { describe, expect, it } from 'vitest'
import { cookiesSetBy } from '@/lib/edge/set-cookie'

const headers = new Headers()
headers.append('set-cookie', 'a=1; Path=/; Max-Age=600; HttpOnly; SameSite=Lax')
headers.append('set-cookie', 'b=2; Path=/; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Secure')

describe('reading Set-Cookie from a fetched response', () => {
  it("Next 14.2.35's own parser drops Max-Age (the trap the helper avoids)", () => {
    const [a] = new NextResponse(null, { headers }).cookies.getAll()
    expect(a).toMatchObject({ name: 'a', value: '1', httpOnly: true })
    expect(a.maxAge).toBeUndefined()
  })

  it('keeps every cookie, each with its attributes, Max-Age included', () => {
    const [a, b] = cookiesSetBy(new Response(null, { headers }))
    expect(a).toMatchObject({ name: 'a', value: '1', maxAge: 600, httpOnly: true, sameSite: 'lax', path: '/' })
    expect(b).toMatchObject({ name: 'b', value: '2', secure: true, expires: new Date('2031-01-01T00:00:00Z') })
  })

  it('round-trips onto a response with Max-Age intact', () => {
    const res = NextResponse.next()
    for (const cookie of cookiesSetBy(new Response(null, { headers }))) res.cookies.set(cookie)
    const [a] = res.headers.getSetCookie()
    expect(a).toMatch(/^a=1; Path=\/; Expires=.*; Max-Age=600; HttpOnly; SameSite=lax$/)
  })
})
