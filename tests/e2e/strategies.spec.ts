import { expect, test, type Page } from '@playwright/test'
import { GRACE_MS, TTL_MS, jar, jtiOf, serverJti, sessionState, signedInAs, sleep, waitPastExpiry } from './demo'

// Each strategy, in real Chromium against `next start`, with a 2 s access token.

// The dashboard being left polls its inspector route every second, and under load one of those
// answers can land after the navigation has started: it is not one of the navigation's hops.
function recordHops(page: Page, hops: string[]) {
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname
    if (path !== '/demo/api/inspector') hops.push(`${r.status()} ${path}`)
  })
}

for (const flow of ['forward', 'redirect'] as const) {
  test(`${flow}: after expiry a navigation refreshes, the browser stores the cookies, the page sees them`, async ({ page, context }) => {
    await signedInAs(page, flow)
    const before = await jar(context)
    const jtiBefore = await serverJti(page)
    await waitPastExpiry()

    const hops: string[] = []
    recordHops(page, hops)
    await page.goto('/demo/dashboard')
    await expect(page.getByTestId('user')).toHaveText('Demo User')

    const after = await jar(context)
    expect(after.refresh!.value).not.toBe(before.refresh!.value)
    expect(after.access!.value).not.toBe(before.access!.value)
    // The server component rendered with the token now in the browser's jar.
    expect(await serverJti(page)).toBe(jtiOf(after.access!.value))
    expect(await serverJti(page)).not.toBe(jtiBefore)
    if (flow === 'forward') expect(hops.slice(0, 1)).toEqual(['200 /demo/dashboard'])
    else expect(hops.slice(0, 3)).toEqual(['307 /demo/dashboard', '303 /api/auth/refresh', '200 /demo/dashboard'])

    const { events } = await sessionState(page)
    const refresh = events.find((e: { kind: string }) => e.kind === 'refresh')
    expect(refresh).toMatchObject({ by: flow === 'forward' ? 'middleware' : 'redirect', outcome: 'rotated', delivery: 'delivered' })
  })
}

test('client: the refresher renews before expiry while the page sits idle, and navigation still works', async ({ page, context }) => {
  await signedInAs(page, 'client')
  const before = await jar(context)
  const jtiBefore = await serverJti(page)
  // Idle on the page for two token lifetimes: no navigation, no clicks.
  await sleep(TTL_MS * 2 + 1500)
  await expect(page.getByTestId('server-jti')).not.toHaveText(jtiBefore!)
  const after = await jar(context)
  expect(after.refresh!.value).not.toBe(before.refresh!.value)
  expect(await serverJti(page)).toBe(jtiOf(after.access!.value))

  await page.goto('/demo/dashboard')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  const { events } = await sessionState(page)
  const refreshes = events.filter((e: { kind: string }) => e.kind === 'refresh')
  expect(refreshes.length).toBeGreaterThanOrEqual(2)
  expect(refreshes.every((e: { by: string; receiver: string }) => e.by === 'client' && e.receiver === 'browser')).toBe(true)
})

test('client: a page that arrives with an expired access token recovers by itself', async ({ page, context }) => {
  await signedInAs(page, 'client')
  await page.goto('/demo') // leaves the dashboard: no refresher is running now
  const before = await jar(context)
  await page.close()
  await waitPastExpiry()

  const fresh = await context.newPage()
  await fresh.goto('/demo/dashboard')
  // Rendered by the server with the expired token first; then the refresher renews and re-renders.
  await expect(fresh.getByTestId('user')).toHaveText('Demo User')
  expect((await jar(context)).refresh!.value).not.toBe(before.refresh!.value)
})

test('broken: the Set-Cookie never reaches the browser, and the session ends with the reason', async ({ page, context }) => {
  await signedInAs(page, 'broken')
  const before = await jar(context)
  await waitPastExpiry()

  const response = await page.goto('/demo/dashboard')
  expect(response!.headers()['set-cookie']).toBeUndefined()
  await expect(page.getByTestId('expired-notice')).toContainText('stopped at its own fetch()')
  expect((await jar(context)).refresh!.value).toBe(before.refresh!.value) // still the old one

  const { events } = await sessionState(page)
  const minted = events.find((e: { kind: string }) => e.kind === 'refresh')
  expect(minted).toMatchObject({ by: 'middleware', flow: 'broken', receiver: 'middleware-fetch', outcome: 'rotated' })

  // The browser presents the old refresh token again, after the grace window: reuse.
  await sleep(GRACE_MS + 500)
  await page.goto('/demo/dashboard')
  await expect(page).toHaveURL(/\/demo\/login\?reason=reuse_detected/)
  await expect(page.locator('[data-reason="reuse_detected"]')).toContainText('the whole session was revoked')
})

test('the strategy switches in place, and the next expiry is handled the new way', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  await page.getByRole('radio', { name: /^redirect/ }).check()
  await page.getByRole('button', { name: 'Use this strategy' }).click()
  await expect(page.getByText('with the redirect strategy')).toBeVisible()
  expect((await jar(context)).flow!.value).toBe('redirect')

  await waitPastExpiry()
  const hops: string[] = []
  recordHops(page, hops)
  await page.goto('/demo/dashboard')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  expect(hops.slice(0, 2)).toEqual(['307 /demo/dashboard', '303 /api/auth/refresh'])
})

test('the cookies the browser holds are HttpOnly, Secure, SameSite=Lax, Path=/, __Host- prefixed', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const { access, refresh, flow } = await jar(context)
  for (const cookie of [access!, refresh!, flow!]) {
    expect(cookie.name.startsWith('__Host-')).toBe(true)
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/', domain: 'localhost' })
  }
  // HttpOnly: the page's own scripts cannot read them.
  expect(await page.evaluate(() => document.cookie)).toBe('')
})
