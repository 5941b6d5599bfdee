import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { signedInAs } from './demo'
import { pagesWithSandboxes, showLiveSandboxes } from './sandboxes'

// Zero serious or critical axe violations on every docs page and every demo page, in both themes.
// Sandboxes are scanned live (editor, preview and console), not as their placeholders. One load
// per page: scanned light, switched to dark as a reader's system would switch it, scanned again.

// Code blocks share one theme on every page, and checking the contrast of thousands of tokens is
// most of a scan's time: they are scanned in full on these pages, which hold every kind of block
// the guide uses (ts, tsx, js, sh, text), and left out elsewhere.
const CODE_SCANNED_ON = ['/recipes', '/recipes/pages', '/troubleshooting']

async function seriousViolations(page: Page, { code = true } = {}) {
  const axe = new AxeBuilder({ page })
  if (!code) axe.exclude('pre')
  const { violations } = await axe.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

/** Violations in light, then in dark mode, keyed by theme: { light: [...], dark: [...] }. */
async function inBothThemes(page: Page, settle: () => Promise<void>, options: { code: boolean }) {
  await page.emulateMedia({ colorScheme: 'light' })
  await settle()
  const light = await seriousViolations(page, options)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html.dark')).toHaveCount(1)
  await settle()
  return { light, dark: await seriousViolations(page, options) }
}

test.use({ colorScheme: 'light' })

for (const { route, names } of pagesWithSandboxes()) {
  test(names.length ? `${route}, with its live sandbox, in both themes` : `${route}, in both themes`, async ({ page }) => {
    await page.goto(route)
    await page.waitForLoadState('networkidle')
    const options = { code: CODE_SCANNED_ON.includes(route) }
    expect(await inBothThemes(page, () => showLiveSandboxes(page, names), options)).toEqual({ light: [], dark: [] })
  })
}

// The demo's pages follow the theme as they load (app/layout.tsx); each theme and width is a run of
// its own, on a phone (header on two lines, one column) and on a desktop.
for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the demo pages, signed out and signed in, ${colorScheme} at ${width} px`, async ({ page }) => {
      const found: Record<string, string[]> = {}
      await page.setViewportSize({ width, height: 800 })
      await page.emulateMedia({ colorScheme })
      await signedInAs(page, 'forward')
      for (const route of ['/demo', '/demo/login', '/demo/login?reason=reuse_detected', '/demo/dashboard']) {
        await page.goto(route)
        await expect(page.locator('html.dark')).toHaveCount(colorScheme === 'dark' ? 1 : 0)
        await expect(page.getByRole('banner').getByRole('combobox', { name: 'Theme' })).toBeVisible()
        if (route === '/demo/dashboard') await expect(page.getByTestId('inspector').locator('li').first()).toBeVisible()
        const violations = await seriousViolations(page)
        if (violations.length) found[route] = violations
      }
      expect(found).toEqual({})
    })
  }
}

// The results page a search from the demo lands on, with results (the docs loop above sees it empty).
test('/search with results, in both themes', async ({ page }) => {
  await page.goto('/search?q=refresh')
  const settle = async () => {
    await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible()
  }
  expect(await inBothThemes(page, settle, { code: false })).toEqual({ light: [], dark: [] })
})
