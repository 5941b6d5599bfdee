import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { SITE_NAME, SITE_TAGLINE } from '../../lib/site'
import { docsRoutes, fileOf } from './docs-routes'

const routes = docsRoutes()

function frontMatterTitle(route: string): string {
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(fileOf(route), 'utf8'))?.[1]
  if (!title) throw new Error(`${fileOf(route)} has no title in its front matter`)
  return title
}

// One test per page: a loop over every page inside one timeout fails on a busy machine.
for (const route of routes) {
  test(`${route} has a title and description of its own for search engines and link previews`, async ({ page }) => {
    await page.goto(route)
    const title = await page.title()
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(title).toMatch(/Cookie Flow/)
    // Search engines cut a description at about 160 characters.
    expect(description?.length ?? 0).toBeGreaterThan(50)
    expect(description!.length).toBeLessThanOrEqual(160)
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description)
    // Titles come from each page's front matter: no other page may use this one's.
    const others = routes.filter((r) => r !== route).map(frontMatterTitle)
    expect(others).not.toContain(frontMatterTitle(route))
    // theme.config.tsx: the introduction carries the site's name and tagline, every other page its own title first.
    expect(title).toBe(route === '/' ? `${SITE_NAME} – ${SITE_TAGLINE}` : `${frontMatterTitle(route)} – ${SITE_NAME}`)
  })
}

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
