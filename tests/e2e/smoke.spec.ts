import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { SITE_NAME, SITE_TAGLINE } from '../../lib/site'
import { watchConsole } from './console'
import { docsRoutes, fileOf } from './docs-routes'

const docs = docsRoutes()
const routes = [...docs, '/demo']

function frontMatterTitle(route: string): string {
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(fileOf(route), 'utf8'))?.[1]
  if (!title) throw new Error(`${fileOf(route)} has no title in its front matter`)
  return title
}

test('the docs have pages to test', () => {
  expect(routes).toContain('/')
  expect(routes.length).toBeGreaterThan(1)
})

// One test per page (a loop over every page inside one timeout fails on a busy machine).
for (const route of routes) {
  test(`${route} loads with no console errors or hydration warnings, with a title and description of its own`, async ({ page }) => {
    const problems = watchConsole(page)
    const response = await page.goto(route)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    if (!docs.includes(route)) return
    // For search engines and link previews: the page's own title and description.
    const title = await page.title()
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    // Search engines cut a description at about 160 characters.
    expect(description?.length ?? 0).toBeGreaterThan(50)
    expect(description!.length).toBeLessThanOrEqual(160)
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description)
    // Titles come from each page's front matter: no other page may use this one's.
    expect(docs.filter((r) => r !== route).map(frontMatterTitle)).not.toContain(frontMatterTitle(route))
    // theme.config.tsx: the introduction carries the site's name and tagline, every other page its own title first.
    expect(title).toBe(route === '/' ? `${SITE_NAME} – ${SITE_TAGLINE}` : `${frontMatterTitle(route)} – ${SITE_NAME}`)
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
