import { expect, test } from '@playwright/test'
import { createServer, type Server, type Socket } from 'node:net'
import { E2E_ENV } from '../../playwright.config'
import { freePort, startNext, type NextServer } from '../../scripts/servers.mjs'
import { apiSignIn, cookieHeader, setCookies } from './api'
import { REFRESH, waitPastExpiry } from './demo'

// The middleware reaches its own refresh route through INTERNAL_ORIGIN (or the loopback port).
// When that call fails, the reader's page answers 503 "your session is intact", never a 500,
// and never a logout: the refresh token was not lost, and the next try works.

test.describe.configure({ mode: 'serial' })

async function expectIntactAfterFailedSelfCall(server: NextServer, flow: string, request: import('@playwright/test').APIRequestContext) {
  const jar = await apiSignIn(request, flow, server.url)
  await waitPastExpiry()
  const page = await request.get(`${server.url}/demo/dashboard`, { headers: { cookie: cookieHeader(jar) }, maxRedirects: 0 })
  expect(page.status()).toBe(503)
  expect(page.headers()['retry-after']).toBe('2')
  expect(page.headers()['cache-control']).toBe('private, no-store')
  expect(page.headers()['set-cookie']).toBeUndefined()
  expect(await page.text()).toContain('Your session is intact')
  // The same refresh token still works where the route can be reached: nothing was revoked.
  const refreshed = await request.post(`${server.url}/api/auth/refresh`, { headers: { cookie: cookieHeader(jar) } })
  expect(refreshed.status()).toBe(200)
  expect(setCookies(refreshed)[REFRESH]).toBeTruthy()
  expect(server.output()).toContain('[cookie-flow] the middleware could not reach /api/auth/refresh')
}

test.describe('the refresh route cannot be reached', () => {
  let server: NextServer
  test.beforeAll(async () => {
    // A port nobody listens on: the middleware's fetch is refused at once.
    server = await startNext({ ...E2E_ENV, INTERNAL_ORIGIN: `http://127.0.0.1:${await freePort()}` })
  })
  test.afterAll(async () => server?.stop())

  for (const flow of ['forward', 'broken']) {
    test(`${flow}: a refused self-call answers 503 with Retry-After and keeps the session`, async ({ request }) => {
      await expectIntactAfterFailedSelfCall(server, flow, request)
    })
  }
})

test.describe('the refresh route hangs', () => {
  let server: NextServer
  let silent: Server
  const sockets = new Set<Socket>()
  test.beforeAll(async () => {
    // Accepts the connection and never answers: the middleware gives up after its timeout.
    silent = createServer((socket) => sockets.add(socket))
    const port = await freePort()
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve))
    server = await startNext({ ...E2E_ENV, INTERNAL_ORIGIN: `http://127.0.0.1:${port}` })
  })
  test.afterAll(async () => {
    await server?.stop()
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => silent?.close(resolve))
  })

  test('forward: a self-call that never answers ends in a 503 within the timeout, session intact', async ({ request }) => {
    test.setTimeout(90_000)
    await expectIntactAfterFailedSelfCall(server, 'forward', request)
  })
})
