import { expect, test } from '@playwright/test'

test("Chromium caps a cookie's lifetime at 400 days", async ({ page, context }) => {
  await page.goto('/demo')
  await page.evaluate(() => (document.cookie = `long=1; Max-Age=${500 * 86_400}; Path=/`))
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'long')
  const days = (cookie.expires * 1000 - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(399)
  expect(days).toBeLessThanOrEqual(400)
})
