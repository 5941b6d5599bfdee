import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { watchConsole } from './console'
import { docsRoutes } from './docs-routes'

const routes = docsRoutes()
const mdxOf = (route: string) => {
  for (const file of route === '/' ? ['pages/index.mdx'] : [`pages${route}.mdx`, `pages${route}/index.mdx`]) {
    try {
      return readFileSync(file, 'utf8')
    } catch {}
  }
  throw new Error(`no MDX for ${route}`)
}

test('every page has its own title and description for search engines and link previews', async ({ page }) => {
  const seen = new Set<string>()
  for (const route of routes) {
    await page.goto(route)
    const title = await page.title()
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(title, route).toMatch(/Cookie Flow/)
    expect(description?.length ?? 0, `${route} description`).toBeGreaterThan(50)
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description)
    expect(seen.has(title), `${route} repeats the title "${title}"`).toBe(false)
    seen.add(title)
  }
})

// Readers paste the error they see into the search box; each must lead to its explanation.
const errors = [
  "The edge runtime does not support Node.js 'crypto' module.",
  'Cookies can only be modified in a Server Action or Route Handler.',
  'ERR_JWT_EXPIRED',
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

const withDiagrams = routes.filter((route) => /^```mermaid/m.test(mdxOf(route)))
test('most pages have a diagram', () => expect(withDiagrams.length).toBeGreaterThan(5))
for (const colorScheme of ['light', 'dark'] as const) {
  for (const route of withDiagrams) {
    test(`${route}: every diagram renders in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      const problems = watchConsole(page)
      await page.goto(route)
      const count = (mdxOf(route).match(/^```mermaid/gm) ?? []).length
      const diagrams = page.locator('svg[aria-roledescription]')
      for (let i = 0; i < count; i++) {
        await diagrams.nth(i).scrollIntoViewIfNeeded().catch(() => {})
        await expect(diagrams.nth(i), `${route} diagram ${i + 1}`).toBeVisible()
      }
      expect(problems).toEqual([])
    })
  }
}

test('every diagram frame reserves exactly the box its diagram takes, so nothing shifts', async ({ page }) => {
  const framed = routes.filter((route) => mdxOf(route).includes('<DiagramFrame'))
  expect(framed).toContain('/')
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    for (const route of framed) {
      await page.goto(route)
      const frames = page.locator('.diagram-frame')
      for (let i = 0; i < (await frames.count()); i++) {
        const frame = frames.nth(i)
        const before = await frame.boundingBox()
        await expect(frame.locator('svg[aria-roledescription]')).toBeVisible()
        const svg = (await frame.locator('svg[aria-roledescription]').boundingBox())!
        expect(Math.abs(svg.height - before!.height), `${route} frame ${i + 1} at ${width}px`).toBeLessThan(2)
      }
    }
  }
})
