import { expect, test, type Page } from '@playwright/test'
import { watchConsole } from './console'
import { signedInAs } from './demo'

// The demo's pages wear the docs' header: the site's title, the way back to the guide, a search that
// lands on the guide's results, and the docs' own theme choice, carried both ways.

const SIGNED_OUT = ['/demo', '/demo/login', '/demo/login?reason=reuse_detected']
const PHONE = { width: 360, height: 780 }

async function expectHeader(page: Page) {
  const header = page.getByRole('banner')
  await expect(header.getByRole('link', { name: 'Cookie Flow' })).toHaveAttribute('href', '/')
  await expect(header.getByRole('link', { name: 'Guide' })).toHaveAttribute('href', '/')
  await expect(header.getByRole('search').getByRole('searchbox', { name: 'Search the guide' })).toBeVisible()
  await expect(header.getByRole('combobox', { name: 'Theme' })).toBeVisible()
}

/** How far the page is wider than the window; 0 when it fits. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

test.describe('at 360 px wide', () => {
  test.use({ viewport: PHONE })

  for (const route of SIGNED_OUT) {
    test(`${route}: the header, and nothing wider than the screen`, async ({ page }) => {
      const problems = watchConsole(page)
      await page.goto(route)
      await expectHeader(page)
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
      expect(problems).toEqual([])
    })
  }

  test('/demo/dashboard, signed in: the header, stacked columns, the inspector inside its own box', async ({ page }) => {
    const problems = watchConsole(page)
    await signedInAs(page, 'forward')
    await expectHeader(page)
    const inspector = page.getByTestId('inspector')
    await expect(inspector.locator('li').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    // One column: the second starts below the first, at the same left edge.
    const [first, second] = await page.locator('.columns > *').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect()))
    expect(second.left).toBe(first.left)
    expect(second.top).toBeGreaterThanOrEqual(first.bottom)
    // The lanes keep a readable width; if they are wider than the screen, their box scrolls, not the page.
    const lanes = await page.getByTestId('inspector-lanes').locator('div').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width))
    for (const width of lanes) expect(width).toBeGreaterThanOrEqual(96)
    expect(problems).toEqual([])
  })
})

test.describe('the theme switch', () => {
  test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } })

  test('switching on a demo page changes it at once, and the docs open in the same theme', async ({ page }) => {
    const problems = watchConsole(page)
    await page.goto('/demo')
    // The overview's links prefetch the sign-in page; leaving mid-prefetch makes Next log an
    // aborted fetch ("Failed to fetch RSC payload"), which is not what this test is about.
    await page.waitForLoadState('networkidle')
    const theme = page.getByRole('banner').getByRole('combobox', { name: 'Theme' })
    await expect(page.locator('html.dark')).toHaveCount(0)
    await theme.selectOption('dark')
    await expect(page.locator('html.dark')).toHaveCount(1)
    await page.getByRole('banner').getByRole('link', { name: 'Guide' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.locator('html.dark')).toHaveCount(1)
    await expect(page.getByTitle('Change theme').first()).toContainText('Dark')
    // And back to "system": the system here is light.
    await page.goto('/demo/login')
    await expect(theme).toHaveValue('dark')
    await theme.selectOption('system')
    await expect(page.locator('html.dark')).toHaveCount(0)
    await page.goto('/runtimes')
    await expect(page.locator('html.dark')).toHaveCount(0)
    await expect(page.getByTitle('Change theme').first()).toContainText('System')
    expect(problems).toEqual([])
  })

  test('switching on a docs page carries to the demo, and to a demo tab already open', async ({ page, context }) => {
    const demo = await context.newPage()
    await demo.goto('/demo')
    await expect(demo.locator('html.dark')).toHaveCount(0)
    await page.goto('/')
    await page.getByTitle('Change theme').first().click()
    await page.getByRole('option', { name: 'Dark' }).click()
    await expect(page.locator('html.dark')).toHaveCount(1)
    // The open demo tab follows at once, as a second docs tab would.
    await expect(demo.locator('html.dark')).toHaveCount(1)
    await expect(demo.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
    await page.getByRole('link', { name: 'Live demo' }).first().click()
    await expect(page).toHaveURL(/\/demo$/)
    await expect(page.locator('html.dark')).toHaveCount(1)
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
  })
})

test.describe('the search in the header', () => {
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    test(`at ${viewport.width} px: a query from a demo page lands on the guide's results, and a result opens its page`, async ({ page }) => {
      await page.setViewportSize(viewport)
      const problems = watchConsole(page)
      await page.goto('/demo/login')
      await page.getByRole('banner').getByRole('searchbox', { name: 'Search the guide' }).fill('refresh')
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/\/search\?q=refresh$/)
      const results = page.getByTestId('search-results')
      await expect(page.getByRole('status')).toContainText(/\d+ pages match “refresh”/)
      const first = results.getByRole('link').first()
      await expect(first).toBeVisible()
      expect(await results.getByRole('listitem').count()).toBeGreaterThan(3)
      expect(await results.locator('mark').first().textContent()).toMatch(/^refresh$/i)
      const href = await first.getAttribute('href')
      await first.click()
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#].*/, '')}($|#)`))
      await expect(page.locator('article, main').first()).toContainText(/refresh/i)
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      expect(problems).toEqual([])
    })
  }

  test('a pasted error message finds its troubleshooting entry first', async ({ page }) => {
    await page.goto('/demo')
    const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search the guide' })
    await search.fill('Cookies can only be modified in a Server Action or Route Handler.')
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click()
    const first = page.getByTestId('search-results').getByRole('link').first()
    await expect(first).toHaveAttribute('href', '/troubleshooting')
  })

  test('nothing found says so, and offers the field again', async ({ page }) => {
    await page.goto('/search?q=zzqxj')
    await expect(page.getByRole('status')).toContainText('Nothing in the guide matches “zzqxj”')
    await expect(page.getByRole('searchbox', { name: 'Search the guide', exact: true })).toHaveValue('zzqxj')
  })
})
