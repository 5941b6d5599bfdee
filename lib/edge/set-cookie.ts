import { NextResponse } from 'next/server'

type ParsedCookie = ReturnType<NextResponse['cookies']['getAll']>[number]

/**
 * The cookies a response sets, ready for `res.cookies.set()`. Next parses each header for us,
 * but its parser (14.2.35) drops Max-Age: it reads the attribute as `maxage` while it is keyed
 * `max-age`. A cookie that had only Max-Age would silently become a session cookie, so Max-Age
 * is read back from the raw header. tests/unit/set-cookie.test.ts pins both behaviours.
 */
export function cookiesSetBy(response: Response): ParsedCookie[] {
  return response.headers.getSetCookie().map((raw) => {
    const [cookie] = new NextResponse(null, { headers: [['set-cookie', raw]] }).cookies.getAll()
    const maxAge = /;\s*max-age=(-?\d+)/i.exec(raw)?.[1]
    return maxAge === undefined ? cookie : { ...cookie, maxAge: Number(maxAge) }
  })
}
