import { chromium, expect, test, type Browser, type Page, type Response } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { chromiumArgs, findChromium } from '../../scripts/browser.mjs'
import { PORT } from '../../playwright.config'
import { PUBLIC_HOST, nginxMissing, startProxy, type Proxy } from '../support/nginx'
import { freePort } from '../../scripts/servers.mjs'
import { ACCESS, FLOW, REFRESH, TTL_MS, jtiOf, sleep, waitPastExpiry } from './demo'

// Deployed as the README says: `next start` behind nginx (deploy/nginx.conf, as it is) that
// terminates TLS for a public name the server itself cannot resolve. Everything a reader does
// goes through https://cookie-flow.test:<port>, and every strategy must still refresh.

const missing = nginxMissing()
test.skip(missing !== null, missing ?? '')

let proxy: Proxy
let browser: Browser

test.beforeAll(async () => {
  proxy = await startProxy(`http://127.0.0.1:${PORT}`)
  browser = await chromium.launch({
    executablePath: findChromium(),
    // The name resolves for the browser only, as a public DNS name would; the server never learns it.
    args: [...chromiumArgs(), `--host-resolver-rules=MAP ${PUBLIC_HOST} 127.0.0.1`]
  })
})

test.afterAll(async () => {
  await browser?.close()
  await proxy?.stop()
})

/** A reader's tab on the public origin; records every response it gets. */
async function readerPage() {
  // The certificate is self-signed; to the browser this is still an https:// origin.
  const context = await browser.newContext({ baseURL: proxy.origin, ignoreHTTPSErrors: true })
  const page = await context.newPage()
  const responses: Response[] = []
  page.on('response', (r) => responses.push(r))
  return { context, page, responses }
}

/** No 5xx, no URL and no redirect that leaves the public origin (nothing points at localhost). */
async function expectStayedPublic(responses: Response[]) {
  for (const r of responses) {
    const url = new URL(r.url())
    if (url.protocol === 'data:') continue
    expect(url.origin, r.url()).toBe(proxy.origin)
    expect(r.status(), r.url()).toBeLessThan(500)
    const location = await r.headerValue('location')
    if (location) expect(new URL(location, proxy.origin).origin, `${r.url()} redirects to ${location}`).toBe(proxy.origin)
  }
}

async function signedInAs(page: Page, flow: string) {
  await page.goto(`/demo/login?flow=${flow}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${proxy.origin}/demo/dashboard`)
  await expect(page.getByTestId('user')).toHaveText('Demo User')
}

async function tokens(page: Page) {
  const cookies = await page.context().cookies(proxy.origin)
  const get = (name: string) => cookies.find((c) => c.name === name)
  return { access: get(ACCESS), refresh: get(REFRESH), flow: get(FLOW), all: cookies }
}

for (const flow of ['forward', 'redirect'] as const) {
  test(`behind nginx with TLS, ${flow}: sign in, expire, reload: refreshed, no 5xx, every hop on the public origin`, async () => {
    const { context, page, responses } = await readerPage()
    await signedInAs(page, flow)
    const before = await tokens(page)
    for (const cookie of before.all) {
      expect(cookie.name.startsWith('__Host-'), cookie.name).toBe(true)
      expect(cookie, cookie.name).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/', domain: PUBLIC_HOST })
    }
    await waitPastExpiry()

    const hops: string[] = []
    page.on('response', (r) => hops.push(`${r.status()} ${new URL(r.url()).pathname}`))
    await page.goto('/demo/dashboard')
    await expect(page.getByTestId('user')).toHaveText('Demo User')
    const after = await tokens(page)
    expect(after.refresh!.value).not.toBe(before.refresh!.value)
    expect(await page.getByTestId('server-jti').textContent()).toBe(jtiOf(after.access!.value))
    if (flow === 'forward') expect(hops.slice(0, 1)).toEqual(['200 /demo/dashboard'])
    else expect(hops.slice(0, 3)).toEqual(['307 /demo/dashboard', '303 /api/auth/refresh', '200 /demo/dashboard'])

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(`${proxy.origin}/demo/login?reason=logged_out`)
    await expectStayedPublic(responses)
    await context.close()
  })
}

test('behind nginx with TLS, client: the refresher renews through the proxy while the page sits idle', async () => {
  const { context, page, responses } = await readerPage()
  await signedInAs(page, 'client')
  const before = await tokens(page)
  const jtiBefore = await page.getByTestId('server-jti').textContent()
  await sleep(TTL_MS * 2 + 1500)
  await expect(page.getByTestId('server-jti')).not.toHaveText(jtiBefore!)
  const after = await tokens(page)
  expect(after.refresh!.value).not.toBe(before.refresh!.value)
  expect(await page.getByTestId('server-jti').textContent()).toBe(jtiOf(after.access!.value))
  await expectStayedPublic(responses)
  await context.close()
})

test('deploy/nginx.conf passes the public host and scheme, appends the client address and drops x-middleware-subrequest', async () => {
  // The same file in front of a server that answers with the headers it received.
  const echo: Server = createServer((req, res) => res.end(JSON.stringify(req.headers)))
  const echoPort = await freePort()
  await new Promise<void>((resolve) => echo.listen(echoPort, '127.0.0.1', resolve))
  const echoProxy = await startProxy(`http://127.0.0.1:${echoPort}`)
  try {
    const get = (host: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string; hsts?: string }>((resolve, reject) => {
        const req = httpsRequest(
          { host: '127.0.0.1', port: echoProxy.port, servername: host, path: '/demo/dashboard', rejectUnauthorized: false, headers: { host: `${host}:${echoProxy.port}`, ...headers } },
          (res) => {
            let body = ''
            res.on('data', (d) => (body += d))
            res.on('end', () => resolve({ status: res.statusCode!, body, hsts: res.headers['strict-transport-security'] as string | undefined }))
          }
        )
        req.on('error', reject)
        req.end()
      })
    const { status, body, hsts } = await get(PUBLIC_HOST, { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware', 'x-forwarded-for': '203.0.113.9' })
    expect(status).toBe(200)
    const seen = JSON.parse(body)
    expect(seen.host).toBe(`${PUBLIC_HOST}:${echoProxy.port}`)
    expect(seen['x-forwarded-proto']).toBe('https')
    // A client may send its own X-Forwarded-For; the entry nginx appends, last, is the address it saw.
    expect(seen['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1')
    expect(seen).not.toHaveProperty('x-middleware-subrequest')
    expect(hsts).toBe('max-age=63072000')
    // Another host name never reaches the app: the TLS handshake itself is refused.
    await expect(get('other.test')).rejects.toThrow()
  } finally {
    await echoProxy.stop()
    await new Promise((resolve) => echo.close(resolve))
  }
})
