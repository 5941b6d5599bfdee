import { join } from 'node:path'
import { expect, test, type BrowserContext } from '@playwright/test'
import { buildApp, startApp, type NextServer } from '../../scripts/servers.mjs'
import { startRefreshEndpoint, type RefreshEndpoint } from '../support/refresh-endpoint'

// The guide's claims about Next 14.2.35, browsers and libraries, each shown on a real build of a
// small app (tests/fixtures/claims-app) rather than taken from docs or memory.
const APP = join(__dirname, '..', 'fixtures', 'claims-app')
let build: { code: number | null; output: string }
// Chromium opens app.browserUrl (localhost, the name the app's redirects use); node asks app.url.
let app: NextServer
let endpoint: RefreshEndpoint

test.beforeAll(async () => {
  test.setTimeout(240_000) // one production build on a busy 2-core machine
  build = await buildApp(APP)
  expect(build.code, build.output).toBe(0)
  // A refresh endpoint that is not this app's: the smallest fix calls it (REFRESH_URL).
  endpoint = await startRefreshEndpoint()
  app = await startApp(APP, { REFRESH_URL: endpoint.url })
})
test.afterAll(async () => {
  await app?.stop()
  await endpoint?.stop()
})

/** next build's edge warnings, as `<package path>: <API> at line: <n>`. */
function edgeWarnings(output: string, pkg: string) {
  const re = /^\S*node_modules\/(\S+)\nA Node\.js API is used \((.+)\) which is not supported in the Edge Runtime\.$/gm
  return [...output.matchAll(re)].filter(([, file]) => file.startsWith(`${pkg}/`)).map(([, file, api]) => `${file}: ${api}`)
}

const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => `${c.name}=${c.value}`)

test.describe('JWT libraries in middleware (edge runtime)', () => {
  test('jsonwebtoken in middleware passes next build, which warns only about process.version and process.nextTick, never crypto', () => {
    expect(build.output).toContain(' ⚠ Compiled with warnings')
    expect(build.output).toContain(' ✓ Compiled successfully')
    expect([...edgeWarnings(build.output, 'jsonwebtoken'), ...edgeWarnings(build.output, 'jws')].sort()).toEqual([
      'jsonwebtoken/lib/asymmetricKeyDetailsSupported.js: process.version at line: 3',
      'jsonwebtoken/lib/psSupported.js: process.version at line: 3',
      'jsonwebtoken/lib/rsaPssKeyDetailsSupported.js: process.version at line: 3',
      'jws/lib/data-stream.js: process.nextTick at line: 29'
    ])
    expect(build.output).not.toMatch(/crypto/i)
  })

  test("jsonwebtoken in middleware fails at run time: 500, and the server logs \"The edge runtime does not support Node.js 'crypto' module.\"", async () => {
    const res = await fetch(`${app.url}/jwt/sign`)
    expect(res.status).toBe(500)
    await expect.poll(() => app.output()).toContain("Error: The edge runtime does not support Node.js 'crypto' module.\n")
    expect(app.output()).toContain('Learn More: https://nextjs.org/docs/messages/node-module-in-edge-runtime')
  })

  test('jose signs and verifies a JWT in the same middleware; its build warnings are only about JWE compression streams', async () => {
    const res = await fetch(`${app.url}/jose/sign`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ sub: 'reader' })
    expect(edgeWarnings(build.output, 'jose')).toEqual([
      'jose/dist/webapi/lib/deflate.js: CompressionStream at line: 32',
      'jose/dist/webapi/lib/deflate.js: DecompressionStream at line: 35'
    ])
  })
})

test.describe('cookies set in middleware', () => {
  test('a raw set-cookie header appended in middleware reaches the browser but not a server component in the same request', async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/mw/raw`)
    await expect(page.locator('#seen')).toHaveText('(no cookies)')
    expect(await cookieNames(context)).toEqual(['mw_raw=1'])
    // It is in the browser's jar: the next request carries it.
    await page.reload()
    await expect(page.locator('#seen')).toHaveText('mw_raw=1')
  })

  test('res.cookies.set() in middleware reaches both the browser and a server component in the same request', async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/mw/set`)
    await expect(page.locator('#seen')).toHaveText('mw_set=1')
    expect(await cookieNames(context)).toEqual(['mw_set=1'])
  })
})

test.describe('where cookies().set() is allowed', () => {
  test('cookies().set() while rendering a server component throws "Cookies can only be modified in a Server Action or Route Handler."', async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/rsc-set`)
    await expect(page.locator('#result')).toHaveText(
      'Cookies can only be modified in a Server Action or Route Handler. Read more: https://nextjs.org/docs/app/api-reference/functions/cookies#cookiessetname-value-options'
    )
    expect(await cookieNames(context)).toEqual([])
  })

  test('cookies().set() works in a server action', async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/action`)
    await expect(page.locator('#seen')).toHaveText('(none)')
    await page.getByRole('button', { name: 'Set from a server action' }).click()
    await expect(page.locator('#seen')).toHaveText('1')
    expect(await cookieNames(context)).toEqual(['from_action=1'])
  })

  test('cookies().set() works in a route handler', async ({ page, context }) => {
    const res = await page.goto(`${app.browserUrl}/api/route-set`)
    expect(res?.status()).toBe(200)
    expect(await cookieNames(context)).toEqual(['from_route=1'])
  })
})

test.describe('a server-side fetch() has no cookie jar', () => {
  test("a Set-Cookie answering middleware's fetch() reaches neither the browser, nor the page, nor a second fetch()", async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/mw/fetch`)
    // The route did answer with the cookie...
    await expect(page.locator('#first-set-cookie')).toHaveText('given=1; Path=/')
    // ...but nothing kept it.
    await expect(page.locator('#second-sent-cookie')).toHaveText('(none)')
    await expect(page.locator('#seen')).toHaveText('(none)')
    expect(await cookieNames(context)).toEqual([])
  })

  test('a browser fetch() to the same route stores the cookie and sends it back', async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/`)
    const seen = await page.evaluate(async () => {
      await fetch('/api/give-cookie')
      const second = await (await fetch('/api/give-cookie')).json()
      return { documentCookie: document.cookie, secondSent: second.received }
    })
    expect(seen).toEqual({ documentCookie: 'given=1', secondSent: 'given=1' })
    expect(await cookieNames(context)).toEqual(['given=1'])
  })
})

test.describe('Set-Cookie in the Fetch API', () => {
  test('browsers drop set-cookie from new Response() headers (a forbidden response header); node keeps it', async ({ page }) => {
    await page.goto(`${app.browserUrl}/`)
    const inChromium = await page.evaluate(() => new Response('', { headers: { 'set-cookie': 'a=1' } }).headers.get('set-cookie'))
    expect(inChromium).toBeNull()
    const inNode = new Response('', { headers: { 'set-cookie': 'a=1' } }).headers.get('set-cookie')
    expect(inNode).toBe('a=1')
  })

  test('Headers#getSetCookie() returns each Set-Cookie separately, while get() joins them with ", "', async () => {
    const res = await fetch(`${app.url}/api/two-cookies`)
    const first = 'first=1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT'
    expect(res.headers.getSetCookie()).toEqual([first, 'second=2; Path=/'])
    expect(res.headers.get('set-cookie')).toBe(`${first}, second=2; Path=/`)
    // Why get() is not enough: the date's own comma makes the joined value impossible to split back.
    expect(res.headers.get('set-cookie')!.split(', ')).toHaveLength(3)
  })
})

test.describe('redirects', () => {
  test('a 303 redirect carrying Set-Cookie stores the cookie in the browser, when navigating and when fetch() follows it', async ({ page, context }) => {
    await page.goto(`${app.browserUrl}/api/redirect`)
    expect(new URL(page.url()).pathname).toBe('/landing')
    // The request that followed the redirect already carried the cookie.
    await expect(page.locator('#seen')).toHaveText('1')
    expect(await cookieNames(context)).toEqual(['redirected=1'])

    await context.clearCookies()
    const followed = await page.evaluate(async () => {
      const res = await fetch('/api/redirect')
      return { redirected: res.redirected, path: new URL(res.url).pathname, documentCookie: document.cookie }
    })
    expect(followed).toEqual({ redirected: true, path: '/landing', documentCookie: 'redirected=1' })
  })
})

test.describe('server actions and runtimes', () => {
  test("a 'use server' function imported by middleware runs on the edge, as a plain function; from a form it runs in its page's runtime (node)", async ({ page }) => {
    const fromMiddleware = await (await fetch(`${app.url}/where-mw`)).json()
    expect(fromMiddleware).toEqual({ ranIn: 'edge' })

    await page.goto(`${app.browserUrl}/where`)
    await expect(page.locator('#ran-in')).toHaveText('(not yet)')
    await page.getByRole('button', { name: 'Run the server action' }).click()
    await expect(page.locator('#ran-in')).toHaveText('nodejs')
  })
})

test.describe('who sees a cookie that middleware set, in the same request (14.2.35)', () => {
  // Each visit stores tok=new in the browser: put the old cookie back before the next one.
  const oldCookie = (context: BrowserContext) => context.addCookies([{ name: 'tok', value: 'old', url: app.browserUrl }])

  test('res.cookies.set() alone: cookies() sees it; headers() read first, route handlers and getServerSideProps see the old cookie', async ({ page, context, request }) => {
    await oldCookie(context)
    await page.goto(`${app.browserUrl}/readers/set`)
    await expect(page.locator('#header')).toHaveText('old')
    await expect(page.locator('#cookies')).toHaveText('new')
    const handler = await request.get(`${app.url}/readers/set/handler`, { headers: { cookie: 'tok=old' } })
    expect(await handler.json()).toEqual({ reqCookies: 'old', cookiesApi: 'old', header: 'old' })
    await oldCookie(context)
    await page.goto(`${app.browserUrl}/gssp/set`)
    await expect(page.locator('#seen')).toHaveText('old')
  })

  test('overriding the request cookie header (NextResponse.next({ request: { headers } })): every reader sees it', async ({ page, context, request }) => {
    await oldCookie(context)
    await page.goto(`${app.browserUrl}/readers/override`)
    await expect(page.locator('#header')).toHaveText('new')
    await expect(page.locator('#cookies')).toHaveText('new')
    const handler = await request.get(`${app.url}/readers/override/handler`, { headers: { cookie: 'tok=old' } })
    expect(await handler.json()).toEqual({ reqCookies: 'new', cookiesApi: 'new', header: 'new' })
    await oldCookie(context)
    await page.goto(`${app.browserUrl}/gssp/override`)
    await expect(page.locator('#seen')).toHaveText('new')
  })

  test('no x-middleware-* header reaches the browser: 14.2.35 strips x-middleware-set-cookie and the request overrides', async () => {
    for (const path of ['/mw/set', '/readers/override']) {
      const res = await fetch(`${app.url}${path}`)
      expect([...res.headers.keys()].filter((name) => name.startsWith('x-middleware-')), path).toEqual([])
    }
  })
})

test.describe('shared caches', () => {
  test('a static page behind a cookie-setting middleware is served with s-maxage and the Set-Cookie: a CDN would keep the token', async () => {
    const res = await fetch(`${app.url}/static`)
    expect(res.headers.get('cache-control')).toBe('s-maxage=31536000, stale-while-revalidate')
    expect(res.headers.getSetCookie()).toEqual(['tok=new; Path=/; HttpOnly'])
  })

  test('Cache-Control: private, no-store set by that middleware wins over the page\'s s-maxage', async () => {
    const res = await fetch(`${app.url}/static?private=1`)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.getSetCookie()).toEqual(['tok=new; Path=/; HttpOnly'])
  })
})

test.describe('the client router cache', () => {
  test('by default (14.2.35: staleTimes.dynamic 30 s) a Link back to a dynamic page shows it as rendered before, after its cookie is gone', async ({ page, context }) => {
    await context.addCookies([{ name: 'session', value: 'alice', url: app.browserUrl }])
    await page.goto(`${app.browserUrl}/stale/a`)
    await expect(page.locator('#session')).toHaveText('alice')
    await page.getByRole('link', { name: 'to b' }).click()
    await expect(page.locator('#b')).toBeVisible()
    await context.clearCookies() // signed out, as far as the server is concerned
    const asked: string[] = []
    page.on('request', (req) => asked.push(new URL(req.url()).pathname))
    await page.getByRole('link', { name: 'to a' }).click()
    await expect(page.locator('#session')).toHaveText('alice') // from the router cache
    expect(asked).not.toContain('/stale/a')
  })
})

test.describe('the smallest fix (recipes/smallest-fix/middleware.ts) against a refresh endpoint of its own', () => {
  // Values a Django, Rails or identity-provider endpoint may send: legal cookie octets, not base64url.
  const { access, refresh } = { access: 'a+b/c==x%25y', refresh: 'r2%2Bz' }

  test('passes the new cookies on byte for byte: to the browser, and to the page and route handler of the same request', async ({ page, context, request }) => {
    await context.addCookies([{ name: 'refresh_token', value: 'r1', url: app.browserUrl }])
    const res = await page.goto(`${app.browserUrl}/dashboard`)
    expect(res!.status()).toBe(200)
    await expect(page.locator('#header')).toHaveText(access)
    const jar = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]))
    expect(jar).toMatchObject({ access_token: access, refresh_token: refresh })
    expect(res!.headers()['cache-control']).toBe('private, no-store')
    const handler = await request.get(`${app.url}/dashboard/readers`, { headers: { cookie: 'refresh_token=r1' } })
    expect((await handler.json()).header).toBe(access)
    expect(endpoint.calls()).toBeGreaterThanOrEqual(2)
  })

  test('a refused refresh sends the browser to sign in; an endpoint that is down is a 503 the browser can retry', async ({ request }) => {
    const refused = await request.get(`${app.url}/dashboard`, { headers: { cookie: 'refresh_token=revoked' }, maxRedirects: 0 })
    expect(refused.status()).toBe(307)
    const location = new URL(refused.headers().location, app.url)
    expect(location.pathname + location.search).toBe('/login?return_to=%2Fdashboard')
    const down = await request.get(`${app.url}/dashboard`, { headers: { cookie: 'refresh_token=down' }, maxRedirects: 0 })
    expect(down.status()).toBe(503)
    expect(down.headers()['retry-after']).toBe('2')
  })

  test('a request with an access cookie is not refreshed', async ({ request }) => {
    const before = endpoint.calls()
    const res = await request.get(`${app.url}/dashboard`, { headers: { cookie: 'access_token=still-good; refresh_token=r1' } })
    expect(res.status()).toBe(200)
    expect(endpoint.calls()).toBe(before)
  })
})
