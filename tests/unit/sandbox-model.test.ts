import { beforeEach, describe, expect, it } from 'vitest'
import { clock } from '../../sandboxes/shared/clock.js'
import { HeaderList, createRequest, parseSetCookie } from '../../sandboxes/shared/http.js'
import { CookieJar } from '../../sandboxes/shared/jar.js'
import { NextResponse, cookies, listen, serve } from '../../sandboxes/shared/next.js'

// The model the sandboxes share: if it lied about cookies, every sandbox would teach the lie.
describe('the sandbox model', () => {
  beforeEach(() => clock.reset())

  it('keeps Set-Cookie lines apart, where get() joins them as the platform does', () => {
    const headers = new HeaderList({ 'Set-Cookie': 'a=1; Path=/' })
    headers.append('set-cookie', 'b=2; Path=/')
    expect(headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
    expect(headers.get('set-cookie')).toBe('a=1; Path=/, b=2; Path=/')
  })

  it('parses the attributes the jar acts on', () => {
    expect(parseSetCookie('refresh=r2; Path=/api; Max-Age=30; HttpOnly; SameSite=Lax')).toEqual({
      name: 'refresh',
      value: 'r2',
      path: '/api',
      maxAge: 30,
      httpOnly: true,
      sameSite: 'lax'
    })
  })

  it('sends a cookie only under its Path', () => {
    const jar = new CookieJar()
    jar.store(['theme=dark; Path=/docs', 'id=1; Path=/'])
    expect(jar.header('/docs/intro')).toBe('theme=dark; id=1')
    expect(jar.header('/docsite')).toBe('id=1')
    expect(jar.header('/')).toBe('id=1')
  })

  it('drops a cookie when its Max-Age runs out, and at once for Max-Age=0', async () => {
    const jar = new CookieJar()
    jar.store(['a=1; Max-Age=30', 'b=2; Max-Age=60'])
    await clock.advance(30_000)
    expect(jar.list().map((c) => c.name)).toEqual(['b'])
    jar.store(['b=; Max-Age=0'])
    expect(jar.list()).toEqual([])
  })

  it('hides HttpOnly cookies from document.cookie but still sends them', () => {
    const jar = new CookieJar()
    jar.store(['secret=s; Path=/; HttpOnly', 'theme=dark; Path=/'])
    expect(jar.documentCookie('/')).toBe('theme=dark')
    expect(jar.header('/')).toBe('secret=s; theme=dark')
  })

  it('fires timers in order while awake, and none while asleep', async () => {
    const fired: number[] = []
    clock.setTimeout(() => fired.push(clock.now()), 1000)
    clock.setTimeout(() => fired.push(clock.now()), 500)
    clock.sleep(2000)
    expect(fired).toEqual([])
    await clock.advance(0)
    expect(fired).toEqual([2000, 2000])
  })

  describe('what the page sees of cookies the middleware passes on', () => {
    const seenByPage = async (middleware: () => unknown) => {
      let seen: string | undefined
      listen({ middleware, pages: { '/page': () => (seen = cookies().get('access')?.value) } })
      await serve(createRequest('GET', '/page', { cookie: 'access=old' }), 'Browser')
      return seen
    }

    it('a raw Set-Cookie alone: the old cookie', async () => {
      expect(await seenByPage(() => {
        const res = NextResponse.next()
        res.headers.append('set-cookie', 'access=new; Path=/')
        return res
      })).toBe('old')
    })

    it('res.cookies.set() (14.2.8+) or a rewritten request cookie header: the new one', async () => {
      expect(await seenByPage(() => {
        const res = NextResponse.next()
        res.cookies.set('access', 'new', { path: '/' })
        return res
      })).toBe('new')
      expect(await seenByPage(() => NextResponse.next({ request: { headers: new HeaderList({ cookie: 'access=new' }) } }))).toBe('new')
    })
  })
})
