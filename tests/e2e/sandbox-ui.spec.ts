import { expect, test, type Page } from '@playwright/test'

const sandbox = (page: Page) => page.locator('[data-sandbox="broken-flow"]')

async function editorBackground(page: Page) {
  const editor = sandbox(page).locator('.cm-editor')
  await expect(editor).toBeVisible()
  const color = await editor.evaluate((el) => getComputedStyle(el).backgroundColor)
  const [r, g, b] = color.match(/\d+/g)!.map(Number)
  return (r + g + b) / 3
}

test('the sandbox follows dark mode as Nextra switches it, without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/broken-flow')
  expect(await editorBackground(page)).toBeGreaterThan(200)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect.poll(() => editorBackground(page)).toBeLessThan(60)
})

/** Picks a theme in Nextra's own theme switch, as a reader would. */
async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByTitle('Change theme').filter({ visible: true }).first().click()
  await page.getByRole('option', { name: theme }).click()
}

test.describe('with the OS colour scheme left alone', () => {
  // Emulating prefers-color-scheme overrides it in every frame, the preview's too, and would hide
  // whether the preview follows the iframe's color-scheme.
  test.use({ colorScheme: null })

  test("the preview follows Nextra's theme switch, not only the OS", async ({ page }) => {
    await page.goto('/broken-flow')
    const verdict = page.frameLocator('[data-sandbox="broken-flow"] iframe[title^="Preview:"]').getByRole('status').first()
    await expect(verdict).toContainText('Cookie lost')
    const previewColours = () =>
      verdict.evaluate((el) => {
        const { color, backgroundColor } = getComputedStyle(el.ownerDocument.documentElement)
        return { color, backgroundColor }
      })
    const light = { color: 'rgb(31, 35, 40)', backgroundColor: 'rgb(255, 255, 255)' }
    const dark = { color: 'rgb(230, 237, 243)', backgroundColor: 'rgb(22, 24, 29)' }

    await chooseTheme(page, 'Light')
    await expect.poll(previewColours).toEqual(light)
    await chooseTheme(page, 'Dark')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await expect.poll(previewColours).toEqual(dark)
    await chooseTheme(page, 'Light')
    await expect.poll(previewColours).toEqual(light)
  })
})

test('keyboard users can switch files and reset', async ({ page }) => {
  await page.goto('/broken-flow')
  const tabs = sandbox(page).getByRole('tablist', { name: 'Files' })
  const tab = (name: string) => tabs.getByRole('tab', { name, exact: true })
  await expect(tab('middleware.js')).toHaveAttribute('aria-selected', 'true')
  // The arrows move along the tabs and open each file as they go (automatic activation).
  await tab('middleware.js').focus()
  await page.keyboard.press('ArrowRight')
  await expect(tab('page.js')).toBeFocused()
  await expect(tab('page.js')).toHaveAttribute('aria-selected', 'true')
  await expect(tab('middleware.js')).toHaveAttribute('aria-selected', 'false')
  // The editor is the panel the tab controls, named after the open file.
  const panel = sandbox(page).getByRole('tabpanel', { name: 'page.js' })
  await expect(panel.locator('.cm-content')).toContainText('export default function Dashboard')
  await expect(tab('page.js')).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!)
  // End, Home, and the arrows wrap around.
  await page.keyboard.press('End')
  await expect(tab('index.html')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(tab('main.js')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(tab('index.html')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(tab('main.js')).toBeFocused()
  await expect(sandbox(page).getByRole('tabpanel', { name: 'main.js' }).locator('.cm-content')).toContainText('export async function run()')
  // The tab list is one stop in the Tab order: the next one is Reset.
  await expect(tabs.locator('[tabindex="0"]')).toHaveText('main.js')
  await page.keyboard.press('Tab')
  await expect(sandbox(page).getByRole('button', { name: 'Reset' })).toBeFocused()
  // Sandpack posts files this large to CodeSandbox with a form, once it has encoded them.
  await expect(sandbox(page).getByRole('button', { name: 'Open in CodeSandbox' })).toBeVisible()
  await expect(sandbox(page).locator('form[action^="https://codesandbox.io/"] input[name="parameters"]')).toHaveCount(1)
})

test('keyboard users can tab into the code, indent with Tab, and leave with Escape then Tab for the console', async ({ page }) => {
  await page.goto('/broken-flow')
  const code = sandbox(page).getByRole('tabpanel', { name: 'middleware.js' }).locator('.cm-content')
  await expect(code).toHaveAttribute('tabindex', '0')
  await code.focus()
  const firstLine = code.locator('.cm-line').first()
  await expect(firstLine).toHaveText(/^\/\/ /)
  await page.keyboard.press('Tab')
  await expect(code).toBeFocused()
  await expect(firstLine).toHaveText(/^\s+\/\/ /)
  // With text selected, Escape first drops the selection and leaves focus in the code.
  const collapsed = () => page.evaluate(() => getSelection()!.isCollapsed)
  await page.keyboard.press('Shift+End')
  await expect.poll(collapsed).toBe(false)
  await page.keyboard.press('Escape')
  await expect.poll(collapsed).toBe(true)
  await page.keyboard.press('Tab')
  await expect(code).toBeFocused()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  // The next stop is the console, a named region that keyboard users can scroll.
  const consoleRegion = sandbox(page).getByRole('region', { name: 'Console: The broken flow' })
  await expect(consoleRegion).toBeFocused()
  await expect(consoleRegion).toContainText('Cookie lost')
})

test('without JavaScript the sandbox is its code, in the same room the live one takes', async ({ browser }) => {
  const still = await browser.newContext({ javaScriptEnabled: false })
  const page = await still.newPage()
  await page.goto('/broken-flow')
  const region = page.getByRole('region', { name: 'Sandbox: The broken flow' })
  await expect(region.locator('pre')).toContainText('export async function middleware(request)')
  await expect(region.locator('[aria-current]')).toHaveText('middleware.js')
  const before = await region.boundingBox()
  await still.close()

  const live = await browser.newContext()
  const livePage = await live.newPage()
  await livePage.goto('/broken-flow')
  await expect(livePage.locator('[data-sandbox] .cm-editor')).toBeVisible()
  const after = await livePage.getByRole('region', { name: 'Sandbox: The broken flow' }).boundingBox()
  expect(after!.height).toBeCloseTo(before!.height, 0)
  await live.close()
})
