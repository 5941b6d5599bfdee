import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { type IdpServer, type NextServer } from '../../scripts/servers.mjs'
import { GRACE_MS, jar, serverJti, signedInAs, sleep } from './demo'
import { signInWithProvider, startIdpAndApps } from './idp'

// The dashboard's "Strategy side by side": each run expires the reader's access token for real,
// loads the dashboard as a navigation, and shows the requests that really happened.

async function compare(page: Page, first: string, second: string) {
  const section = page.getByRole('region', { name: 'Strategy side by side' })
  await section.getByLabel('First strategy').selectOption(first)
  await section.getByLabel('Second strategy').selectOption(second)
  await section.getByRole('button', { name: 'Compare them' }).click()
  await expect(section.getByRole('status')).toContainText('Done.', { timeout: 45_000 })
  return section
}

/** Each request of a timeline as "Who METHOD path → status". */
async function hops(timeline: Locator) {
  const rows = timeline.getByTestId('hop')
  const out: string[] = []
  for (let i = 0; i < (await rows.count()); i++) {
    const who = await rows.nth(i).locator('.compare-who').textContent()
    out.push(`${who} ${await rows.nth(i).getByTestId('hop-request').textContent()}`)
  }
  return out
}

test('forward vs redirect: one round trip against three, both signed in; then the reader is back on their own strategy', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const jtiBefore = await serverJti(page)
  const section = await compare(page, 'forward', 'redirect')

  const forward = section.getByTestId('compare-forward')
  await expect(forward.getByRole('heading', { name: 'forward' })).toBeVisible()
  await expect(forward.getByTestId('round-trips')).toHaveText('Browser round trips: 1')
  expect(await hops(forward)).toEqual(['Browser GET /demo/dashboard → 200', 'Middleware POST /api/auth/refresh → rotated'])
  await expect(forward.getByTestId('hop').first()).toContainText(/\d+ ms/)
  await expect(forward.getByTestId('outcome')).toContainText('Signed in with fresh tokens')

  const redirect = section.getByTestId('compare-redirect')
  await expect(redirect.getByTestId('round-trips')).toHaveText('Browser round trips: 3')
  expect(await hops(redirect)).toEqual(['Browser GET /demo/dashboard → 307', 'Browser GET /api/auth/refresh → 303', 'Browser GET /demo/dashboard → 200'])
  await expect(redirect.getByTestId('hop').first()).toContainText(/\d+ ms for the redirects together/)
  await expect(redirect.getByTestId('outcome')).toContainText('Signed in with fresh tokens')

  // Back on the reader's strategy, signed in, and the page shows the tokens the browser holds now.
  expect((await jar(context)).flow!.value).toBe('forward')
  await expect(page.getByText('with the forward strategy')).toBeVisible()
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  await expect(page.getByTestId('server-jti')).not.toHaveText(jtiBefore!)
})

test('broken vs client: the broken run loses its refreshed tokens, the compare keeps the session, the client run refreshes beside the page', async ({ page, context }) => {
  await signedInAs(page, 'redirect')
  const section = await compare(page, 'broken', 'client')

  const broken = section.getByTestId('compare-broken')
  await expect(broken.getByTestId('round-trips')).toHaveText('Browser round trips: 1')
  expect(await hops(broken)).toEqual([
    'Browser GET /demo/dashboard → 200',
    'Middleware POST /api/auth/refresh → rotated',
    // The browser's next request still presents the replaced refresh token: refreshed again.
    'Browser POST /api/auth/refresh → 200'
  ])
  await expect(broken.getByTestId('outcome')).toContainText('Refreshed, but the tokens were lost')
  await expect(broken.getByTestId('outcome')).toContainText('your session goes on')

  // The refresher's check and refresh, beside the page; the middleware does nothing.
  const client = section.getByTestId('compare-client')
  await expect(client.getByTestId('round-trips')).toHaveText('Browser round trips: 3')
  expect(await hops(client)).toEqual(['Browser GET /api/auth/session → 200', 'Browser POST /api/auth/refresh → 200', 'Browser GET /demo/dashboard → 200'])
  await expect(client.getByTestId('outcome')).toContainText('Signed in with fresh tokens')

  expect((await jar(context)).flow!.value).toBe('redirect')
  await expect(page.getByText('with the redirect strategy')).toBeVisible()
  // Not signed out later either: past the grace window, no replaced token is presented again.
  await sleep(GRACE_MS + 500)
  await page.goto('/demo/dashboard')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
})

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('.compare').analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`at 360 px, ${colorScheme}`, () => {
    test.use({ viewport: { width: 360, height: 800 }, colorScheme })

    test(`the two timelines stack, fit the width and pass axe (${colorScheme})`, async ({ page }) => {
      await signedInAs(page, 'forward')
      const section = await compare(page, 'forward', 'redirect')
      const first = (await section.getByTestId('compare-forward').boundingBox())!
      const second = (await section.getByTestId('compare-redirect').boundingBox())!
      expect(second.y).toBeGreaterThanOrEqual(first.y + first.height)
      expect(second.x + second.width).toBeLessThanOrEqual(360)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      expect(await seriousViolations(page)).toEqual([])
    })
  })
}

test('the compare route refuses a cross-site request and a request without a session', async ({ request, baseURL }) => {
  const body = { flow: 'forward', trace: true }
  const crossSite = await request.post('/demo/api/lab/compare', { data: body, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })
  expect(crossSite.status()).toBe(403)
  const none = await request.post('/demo/api/lab/compare', { data: body, headers: { origin: baseURL! } })
  expect(none.status()).toBe(409)
})

test.describe("a session with the identity provider's tokens", () => {
  let idp: IdpServer
  let app: NextServer
  test.beforeAll(async () => {
    ;({ idp, apps: [app] } = await startIdpAndApps(1))
  })
  test.afterAll(async () => Promise.all([app?.stop(), idp?.stop()]))

  test("offers only the provider session's strategies, and says why it cannot expire the token", async ({ page }) => {
    await signInWithProvider(page, app, idp)
    const section = page.getByRole('region', { name: 'Strategy side by side' })
    const options = await section.getByLabel('First strategy').locator('option').allTextContents()
    expect(options).toEqual(['forward', 'redirect', 'client', 'provider-direct'])
    await expect(section).toContainText('Not available for this session: the identity provider signs its tokens')
    await expect(section.getByRole('button', { name: 'Compare them' })).toHaveCount(0)
  })
})
