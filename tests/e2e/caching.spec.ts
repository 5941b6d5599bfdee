import { expect, test, type Response } from '@playwright/test'
import { ACCESS, GRACE_MS, REFRESH, signedInAs, sleep, waitPastExpiry } from './demo'

// Every response that sets or clears a token cookie is `private, no-store`: a shared cache (a
// CDN, a corporate proxy) that kept one would hand one reader's tokens to the next. And nothing
// Next uses internally between middleware and page (x-middleware-*) reaches the browser.

function watch(page: import('@playwright/test').Page) {
  const responses: Response[] = []
  page.on('response', (r) => responses.push(r))
  return responses
}

async function expectPrivate(responses: Response[]) {
  let withCookies = 0
  for (const r of responses) {
    const headers = await r.allHeaders()
    expect(Object.keys(headers).filter((name) => name.startsWith('x-middleware-')), r.url()).toEqual([])
    if (!headers['set-cookie']) continue
    withCookies++
    expect(headers['cache-control'], `${r.status()} ${r.url()}`).toMatch(/\bprivate\b.*\bno-store\b|\bno-store\b.*\bprivate\b/)
  }
  return withCookies
}

for (const flow of ['forward', 'redirect', 'client'] as const) {
  test(`${flow}: sign-in, refresh and sign-out responses are private, no-store, with no x-middleware-* header`, async ({ page }) => {
    const responses = watch(page)
    await signedInAs(page, flow)
    await waitPastExpiry()
    await page.goto('/demo/dashboard')
    await expect(page.getByTestId('user')).toHaveText('Demo User')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/reason=logged_out/)
    // sign-in, at least one refresh, sign-out: each set cookies
    expect(await expectPrivate(responses)).toBeGreaterThanOrEqual(3)
  })
}

test('a session ended by reuse: the redirect that clears the cookies is private, no-store too', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const stolen = (await context.cookies()).find((c) => c.name === REFRESH)!
  await waitPastExpiry()
  await page.goto('/demo/dashboard') // rotates: the copy taken above is now spent
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  await sleep(GRACE_MS + 500)
  // The spent token presented again, after the grace window, with no access token: a refresh.
  await context.addCookies([stolen])
  await context.clearCookies({ name: ACCESS })
  const responses = watch(page)
  await page.goto('/demo/dashboard')
  await expect(page).toHaveURL(/reason=reuse_detected/)
  expect(await expectPrivate(responses)).toBeGreaterThanOrEqual(1)
  expect((await context.cookies()).filter((c) => c.name === ACCESS || c.name === REFRESH)).toEqual([])
})
