import { expect, test } from '@playwright/test'
import { failedStart, startNext, type NextServer } from '../../scripts/servers.mjs'
import { redisMissing, startRedis, type RedisServer } from '../support/redis-server'
import { apiSignIn, cookieHeader, expectCleanError, setCookies } from './api'
import { REFRESH, sleep } from './demo'

// Extra `next start` processes of the same build, each with its own env.
test.describe.configure({ mode: 'serial' })

test.describe('two instances sharing one Redis', () => {
  const skip = redisMissing()
  test.skip(!!skip, skip ?? '')
  let redis: RedisServer
  let a: NextServer
  let b: NextServer

  test.beforeAll(async () => {
    redis = await startRedis()
    const env = { SESSION_STORE: 'redis', REDIS_URL: redis.url, ACCESS_TOKEN_TTL: '2', REFRESH_REUSE_GRACE: '3' }
    ;[a, b] = await Promise.all([startNext(env), startNext(env)])
  })
  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.remove()
  })

  test('a session from one instance is valid on the other', async ({ request }) => {
    const jar = await apiSignIn(request, 'forward', a.url)
    const res = await request.get(`${b.url}/demo/dashboard`, { headers: { cookie: cookieHeader(jar) }, maxRedirects: 0 })
    expect(res.status()).toBe(200)
  })

  test('concurrent refreshes of one token across both instances rotate exactly once', async ({ request }) => {
    const jar = await apiSignIn(request, 'forward', a.url)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request.post(`${i % 2 ? b.url : a.url}/api/auth/refresh`, { headers: { cookie: cookieHeader(jar) } })
      )
    )
    expect(responses.map((r) => r.status())).toEqual(Array(20).fill(200))
    const outcomes = await Promise.all(responses.map(async (r) => (await r.json()).outcome))
    expect(outcomes.filter((o) => o === 'rotated')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'grace')).toHaveLength(19)
    // Every response hands out the same successor: whichever cookie the browser keeps is live.
    expect(new Set(responses.map((r) => setCookies(r)[REFRESH])).size).toBe(1)
  })

  test('when Redis is down, refresh answers 503 and the session survives; it resumes when Redis is back', async ({ request }) => {
    const jar = await apiSignIn(request, 'forward', a.url)
    await redis.stop()
    const down = await request.post(`${a.url}/api/auth/refresh`, { headers: { cookie: cookieHeader(jar) } })
    const body = await expectCleanError(down, 503, 'store_unavailable')
    expect(body.message).toContain('Your session is intact')
    expect(down.headers()['retry-after']).toBe('2')
    expect(setCookies(down)).toEqual({}) // no cookie was cleared
    // The page says so too, instead of an error page, and keeps the cookies.
    const page = await request.get(`${a.url}/demo/dashboard`, { headers: { cookie: cookieHeader(jar) }, maxRedirects: 0 })
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain('The session store is unavailable')
    expect(setCookies(page)).toEqual({})
    await redis.start()
    await expect
      .poll(async () => (await request.post(`${a.url}/api/auth/refresh`, { headers: { cookie: cookieHeader(jar) } })).status(), { timeout: 15_000 })
      .toBe(200)
  })
})

test.describe('an instance with a 3 s refresh token', () => {
  let server: NextServer
  test.beforeAll(async () => {
    server = await startNext({ ACCESS_TOKEN_TTL: '1', REFRESH_TOKEN_TTL: '3' })
  })
  test.afterAll(async () => server?.stop())

  test('an expired refresh token gets refresh_expired, and the page says why', async ({ request }) => {
    const jar = await apiSignIn(request, 'forward', server.url)
    await sleep(3500)
    await expectCleanError(await request.post(`${server.url}/api/auth/refresh`, { headers: { cookie: cookieHeader(jar) } }), 401, 'refresh_expired')
    const res = await request.get(`${server.url}/demo/dashboard`, { headers: { cookie: cookieHeader(jar) }, maxRedirects: 0 })
    expect(res.headers().location).toContain('/demo/login?reason=refresh_expired')
  })
})

test.describe('startup checks', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a malformed private key', { AUTH_PRIVATE_KEY: 'garbage' }, 'AUTH_PRIVATE_KEY is not an ES256 (P-256) private key in PKCS#8 PEM form'],
    ['a malformed public key', { AUTH_PUBLIC_KEY: 'garbage' }, 'AUTH_PUBLIC_KEY is not an ES256 (P-256) public key in SPKI PEM form'],
    ['a bad TTL', { ACCESS_TOKEN_TTL: 'soon' }, 'ACCESS_TOKEN_TTL must be a whole number from 1 to 86400, got "soon".'],
    ['an unknown store', { SESSION_STORE: 'mongo' }, 'SESSION_STORE must be "memory" or "redis", got "mongo".'],
    ['an internal origin that is not one', { INTERNAL_ORIGIN: 'localhost:3000' }, 'INTERNAL_ORIGIN must be an http:// or https:// origin with no path, got "localhost:3000".']
  ]
  for (const [what, env, message] of cases) {
    test(`${what} stops the server at startup with a message naming the variable`, async () => {
      const { code, output } = await failedStart(env)
      expect(code).toBe(1)
      expect(output).toContain(`[cookie-flow] cannot start: ${message}`)
    })
  }
})
