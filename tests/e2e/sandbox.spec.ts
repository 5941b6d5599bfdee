import { expect, test } from '@playwright/test'
import { watchConsole } from './console'
import { goOffline } from './offline'

// What each sandbox's preview concludes, once its scenario has run in the browser.
const verdicts: Record<string, string[]> = {
  '/cookies': ['The browser got both cookies', 'The middleware received both cookies; the browser, none.'],
  '/broken-flow': ['Cookie lost: the browser holds refresh=r1; the server expects r2.'],
  '/fixes/forward-set-cookie': ['Cookie delivered: the browser holds refresh=r2', 'The page saw access=a2.exp61.'],
  '/fixes/client-refresher': ['2 callers asked; 1 refresh request(s) went out.', 'On wake: 1 refresh'],
  '/rotation': ['Signed out: the second refresh looked like theft', 'Still signed in: both tabs hold refresh=r2.']
}

// The reader's fix, as the broken-flow page suggests it: pass each Set-Cookie line on.
const FIX =
  "const res = NextResponse.next(); refreshed.headers.getSetCookie().forEach((line) => res.headers.append('set-cookie', line)); return res"

for (const [route, expected] of Object.entries(verdicts)) {
  test(`${route}: the sandbox runs its scenario with no internet`, async ({ page, context }) => {
    const attempted = await goOffline(context)
    const problems = watchConsole(page)
    await page.goto(route)
    const preview = page.frameLocator('[data-sandbox] iframe[title^="Preview:"]')
    for (const text of expected) await expect(preview.getByRole('status').filter({ hasText: text })).toBeVisible()
    expect(attempted).toEqual([])
    expect(problems).toEqual([])
  })
}

test('broken flow: typing the fix delivers the cookie, Reset brings the bug back', async ({ page, context }) => {
  const attempted = await goOffline(context)
  await page.goto('/broken-flow')
  const sandbox = page.locator('[data-sandbox="broken-flow"]')
  const preview = page.frameLocator('[data-sandbox="broken-flow"] iframe[title^="Preview:"]')
  const verdict = preview.getByRole('status').first()
  const code = sandbox.locator('.cm-content')
  await expect(verdict).toContainText('Cookie lost')

  await sandbox.locator('.cm-line', { hasText: 'return NextResponse.next()' }).last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.type(FIX)
  await expect(code).toContainText(FIX)
  await expect(verdict).toContainText('Cookie delivered: the browser holds refresh=r2, the newest.')

  await sandbox.getByRole('button', { name: 'Reset' }).click()
  await expect(code).not.toContainText('getSetCookie().forEach')
  await expect(code).toContainText('response, line by line.')
  await expect(verdict).toContainText('Cookie lost')
  expect(attempted).toEqual([])
})

test('an unreachable preview host gives a clear error, not an endless spinner', async ({ page, context }) => {
  await context.route(/^http:\/\/[^/]*preview\.localhost(:\d+)?\//, (route) => route.abort('connectionrefused'))
  await page.goto('/broken-flow')
  const sandbox = page.locator('[data-sandbox="broken-flow"]')
  await expect(sandbox.getByRole('status').filter({ hasText: 'Starting the preview' })).toBeVisible()
  const error = sandbox.getByRole('alert')
  await expect(error).toContainText('The preview could not connect', { timeout: 30_000 })
  await expect(error).toContainText('No answer from the preview server preview.localhost:')
  await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible()
})
