import { expect, test } from '@playwright/test'

// Readers paste the error they see into the search box; each must lead to its explanation.
const errors = [
  "The edge runtime does not support Node.js 'crypto' module.",
  'Cookies can only be modified in a Server Action or Route Handler.',
  'ERR_JWT_EXPIRED',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'is referencing unsupported modules',
  'Invalid Refresh Token: Already Used',
  'invalid_grant',
  'should be awaited before using its value',
  '"exp" claim timestamp check failed',
  'invisible to server components',
  'randomly logged out'
]
for (const message of errors) {
  test(`searching ${JSON.stringify(message)} finds the troubleshooting page`, async ({ page }) => {
    await page.goto('/')
    const search = page.getByPlaceholder('Search the guide or paste an error…').first()
    const hit = page.getByRole('option').and(page.locator('a[href^="/troubleshooting"]')).first()
    // Nextra loads its index on first focus and does not re-run a query typed before it arrived.
    await expect(async () => {
      await search.fill('')
      await search.fill(message)
      await expect(hit).toBeVisible({ timeout: 2000 })
    }).toPass({ timeout: 20_000 })
    await hit.click()
    await expect(page).toHaveURL(/\/troubleshooting/)
  })
}
