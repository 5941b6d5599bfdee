import { createHash } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { FLOW, REFRESH, jar, signedInAs, waitPastExpiry } from './demo'

// The inspector's headers of a real refresh, in Chromium against `next start` with a 2 s access
// token: what the middleware's fetch() sent and got back, values as fingerprints, and whether the
// Set-Cookie it got went on to the browser.

const fp = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 8)

async function openRefreshHeaders(page: Page) {
  const refresh = page.getByTestId('inspector').locator('li[data-kind="refresh"]').first()
  const headers = refresh.getByTestId('hop-headers')
  // Keyboard first: the summary is a native disclosure, focusable and opened with Enter.
  await headers.locator('summary').focus()
  await page.keyboard.press('Enter')
  await expect(headers).toHaveJSProperty('open', true)
  return headers
}

for (const flow of ['broken', 'forward'] as const) {
  test(`${flow}: the refresh's headers show fingerprints, the cookie flags, and whether the Set-Cookie reached the browser`, async ({ page, context }) => {
    await signedInAs(page, flow)
    const before = await jar(context)
    await waitPastExpiry()
    await page.goto('/demo/dashboard')
    const headers = await openRefreshHeaders(page)
    const after = await jar(context)

    await expect(headers.locator('summary')).toContainText("the middleware's fetch()")
    const request = headers.getByTestId('request-headers')
    await expect(request).toContainText('POST/api/auth/refresh')
    // The refresh cookie the browser held when it asked, fingerprinted here from the jar's value.
    await expect(request).toContainText(`${REFRESH}=sha256:${fp(before.refresh!.value)}…`)
    await expect(request).toContainText('Sec-Fetch-Site(not sent)')
    await expect(request).toContainText('Acceptapplication/json')

    const response = headers.getByTestId('response-headers')
    await expect(response).toContainText('Status200')
    await expect(response).toContainText('Cache-Controlprivate, no-store')
    const setRefresh = response.locator('dd', { hasText: `${REFRESH}=sha256:` })
    await expect(setRefresh).toHaveCount(1)
    await expect(setRefresh).toContainText('HttpOnly')
    await expect(setRefresh).toContainText(/SameSite=Lax/i)
    await expect(setRefresh).toContainText('Path=/')

    if (flow === 'broken') {
      // The browser still holds the old token: the new one stopped at the middleware's fetch().
      expect(after.refresh!.value).toBe(before.refresh!.value)
      await expect(setRefresh).not.toContainText(fp(before.refresh!.value))
      await expect(setRefresh).toHaveAttribute('data-fate', 'dropped')
      await expect(setRefresh.locator('s')).toHaveCount(1)
      await expect(setRefresh.locator('.fate.lost')).toHaveText('dropped: never reached the browser')
    } else {
      // The browser stored exactly the cookie the route handed the middleware.
      expect(after.refresh!.value).not.toBe(before.refresh!.value)
      await expect(setRefresh).toContainText(`${REFRESH}=sha256:${fp(after.refresh!.value)}…`)
      await expect(setRefresh).toHaveAttribute('data-fate', 'passed')
      await expect(setRefresh.locator('s')).toHaveCount(0)
      await expect(headers).not.toContainText('dropped')
    }

    // No cookie value the browser holds, old or new, is anywhere in the page (scripts included).
    // The strategy cookie's value is the strategy's name, which the page shows on purpose.
    const text = await page.evaluate(() => document.documentElement.textContent ?? '')
    const held = (await context.cookies()).filter((c) => c.name !== FLOW && c.value.length > 0)
    expect(held.map((c) => c.name)).toContain(REFRESH)
    for (const cookie of [...held, before.refresh!, before.access!]) expect(text, cookie.name).not.toContain(cookie.value)
  })
}

test("redirect: the browser's own request, its Sec-Fetch-Site, and the 303's Location and Set-Cookie, received as sent", async ({ page, context }) => {
  await signedInAs(page, 'redirect')
  const before = await jar(context)
  await waitPastExpiry()
  await page.goto('/demo/dashboard')
  const headers = await openRefreshHeaders(page)
  const after = await jar(context)

  await expect(headers.locator('summary')).toContainText('the browser')
  const request = headers.getByTestId('request-headers')
  await expect(request).toContainText('GET/api/auth/refresh?return_to=')
  await expect(request).toContainText(`${REFRESH}=sha256:${fp(before.refresh!.value)}…`)
  await expect(request).toContainText('Sec-Fetch-Site')
  await expect(request).not.toContainText('Sec-Fetch-Site(not sent)')

  const response = headers.getByTestId('response-headers')
  await expect(response).toContainText('Status303')
  await expect(response).toContainText('Location/demo/dashboard')
  const setRefresh = response.locator('dd', { hasText: `${REFRESH}=sha256:` })
  await expect(setRefresh).toContainText(`${REFRESH}=sha256:${fp(after.refresh!.value)}…`)
  // The browser received this response itself: nothing stood between, nothing to mark.
  await expect(setRefresh).toHaveAttribute('data-fate', 'received')
  await expect(headers.locator('.fate')).toHaveCount(0)
})

test('the open headers fit a 360 px screen and pass axe, in both themes', async ({ page }) => {
  await signedInAs(page, 'forward')
  await waitPastExpiry()
  await page.setViewportSize({ width: 360, height: 800 })
  for (const colorScheme of ['light', 'dark'] as const) {
    // The demo reads the theme as the page loads: each theme is a load.
    await page.emulateMedia({ colorScheme })
    await page.goto('/demo/dashboard')
    const headers = await openRefreshHeaders(page)
    await expect(headers.getByTestId('response-headers')).toBeVisible()
    const box = await headers.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(360)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="hop-headers"]').analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([])
  }
})
