import { expect, test } from '@playwright/test'
import { signedInAs } from './demo'

// After a sign-out no tab, no Back button and no client-side link may show the signed-in page.

test('signing out in one tab signs out the others', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const other = await context.newPage()
  await other.goto('/demo/dashboard')
  await expect(other.getByTestId('user')).toHaveText('Demo User')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/demo\/login\?reason=logged_out$/)
  await expect(other).toHaveURL(/\/demo\/login\?reason=logged_out$/)
  await expect(other.getByTestId('user')).toHaveCount(0)
})

test('a message from another page is only a hint: a tab that is still signed in stays', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const other = await context.newPage()
  // The login page announces a sign-out whenever its URL says so; anyone can link to that URL.
  await other.goto('/demo/login?reason=logged_out')
  await page.waitForTimeout(1500)
  await expect(page).toHaveURL(/\/demo\/dashboard$/)
  await expect(page.getByTestId('user')).toHaveText('Demo User')
})

test('Back after signing out does not show the dashboard', async ({ page }) => {
  await signedInAs(page, 'forward')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/reason=logged_out/)
  await page.goBack()
  await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
  await expect(page.getByTestId('user')).toHaveCount(0)
})

test('a client-side link back to the dashboard after a sign-out elsewhere asks the server (no stale router cache)', async ({ page }) => {
  await signedInAs(page, 'forward')
  await page.getByRole('link', { name: 'Demo overview' }).click()
  await expect(page).toHaveURL(/\/demo$/)
  // Signed out by another tab, another device or an expired session: the cookies are gone.
  const res = await page.request.post('/api/auth/logout')
  expect(res.status()).toBe(200)
  await page.getByRole('link', { name: 'Open the dashboard' }).click()
  await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
  await expect(page.getByTestId('user')).toHaveCount(0)
})

test('the demo never prefetches a page that depends on the session', async ({ page }) => {
  await signedInAs(page, 'forward')
  const prefetches: string[] = []
  page.on('request', (req) => req.headers()['next-router-prefetch'] && prefetches.push(new URL(req.url()).pathname))
  await page.getByRole('link', { name: 'Demo overview' }).click()
  await expect(page.getByRole('link', { name: 'Open the dashboard' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(prefetches.filter((path) => path.startsWith('/demo/dashboard'))).toEqual([])
})
