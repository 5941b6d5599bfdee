import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { signedInAs } from './demo'
import { pagesWithSandboxes, showLiveSandboxes } from './sandboxes'

// Zero serious or critical axe violations on every docs page and every demo page, in both themes.
// Sandboxes are scanned live (editor, preview and console), not as their placeholders.

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme })

    for (const { route, names } of pagesWithSandboxes()) {
      test(names.length ? `${route}, with its live sandbox` : route, async ({ page }) => {
        await page.goto(route)
        await page.waitForLoadState('networkidle')
        await showLiveSandboxes(page, names)
        expect(await seriousViolations(page)).toEqual([])
      })
    }

    test('the demo pages, signed out and signed in', async ({ page }) => {
      const found: Record<string, string[]> = {}
      for (const route of ['/demo', '/demo/login', '/demo/login?reason=reuse_detected']) {
        await page.goto(route)
        const violations = await seriousViolations(page)
        if (violations.length) found[route] = violations
      }
      await signedInAs(page, 'forward')
      await expect(page.getByTestId('inspector').locator('li').first()).toBeVisible()
      const dashboard = await seriousViolations(page)
      if (dashboard.length) found['/demo/dashboard'] = dashboard
      expect(found).toEqual({})
    })
  })
}
