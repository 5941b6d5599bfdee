import { expect, test } from '@playwright/test'
import { watchConsole } from './console'
import { docsRoutes } from './docs-routes'

const routes = [...docsRoutes(), '/demo']

test('the docs have pages to test', () => {
  expect(routes).toContain('/')
  expect(routes.length).toBeGreaterThan(1)
})

for (const route of routes) {
  test(`${route} loads with no console errors or hydration warnings`, async ({ page }) => {
    const problems = watchConsole(page)
    const response = await page.goto(route)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
  })
}

test('search finds a word from a page', async ({ page }) => {
  await page.goto('/demo')
  await page.goto('/')
  const search = page.getByPlaceholder('Search the guide or paste an error…').first()
  await search.click()
  const result = page.getByRole('option').or(page.locator('.nextra-search ul li a')).first()
  // Nextra 3.3.1 ignores input typed while its search index is still loading, so type again until
  // it has loaded, as a reader would; the more pages, the longer that window.
  await expect(async () => {
    await search.fill('')
    await search.fill('cookie jar')
    await expect(result).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  await expect(result).toContainText(/jar/i)
})

test('the docs nav links to the App Router demo', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Live demo' }).first().click()
  await expect(page).toHaveURL(/\/demo$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Live demo' })).toBeVisible()
})
