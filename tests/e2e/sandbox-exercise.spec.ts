import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { goOffline } from './offline'

// The fix exactly as the page suggests it, read from the page's own text.
function fixFromPage() {
  const mdx = readFileSync('pages/broken-flow.mdx', 'utf8')
  const block = /\*\*Your turn:\*\*[\s\S]*?```js\n([\s\S]*?)\n```/.exec(mdx)
  if (!block) throw new Error('pages/broken-flow.mdx has no ```js block after **Your turn:**')
  return block[1]
}

/** Where the preview sits in its sandbox: it must not move as the check line changes. */
async function previewOffset(sandbox: Locator) {
  const [frame, preview] = await Promise.all([sandbox.boundingBox(), sandbox.locator('iframe').boundingBox()])
  return { top: preview!.y - frame!.y, height: preview!.height }
}

/** Replaces the last line of the open file that contains `hasText` with `text`, typed as a reader types. */
async function replaceLine(page: Page, sandbox: Locator, hasText: string, text: string) {
  await sandbox.locator('.cm-line', { hasText }).last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.type(text)
  await expect(sandbox.locator('.cm-content')).toContainText(text)
}

test("broken flow: the line under the editor checks the reader's edit, with a hint, until the cookie is delivered", async ({
  page,
  context
}) => {
  const attempted = await goOffline(context)
  await page.goto('/broken-flow')
  const sandbox = page.locator('[data-sandbox="broken-flow"]')
  const check = sandbox.getByTestId('exercise-check').getByRole('status')
  const verdict = sandbox.frameLocator('iframe[title^="Preview:"]').getByRole('status').or(sandbox.frameLocator('iframe[title^="Preview:"]').getByRole('alert')).first()
  await expect(verdict).toContainText('Cookie lost')
  await expect(check).toContainText('Your turn: make middleware.js deliver the new cookies to the browser')
  const previewBefore = await previewOffset(sandbox)

  // The classic mistake: get() joins the two Set-Cookie lines into one.
  await replaceLine(page, sandbox, 'return NextResponse.next()', "const res = NextResponse.next(); res.headers.set('set-cookie', refreshed.headers.get('set-cookie')); return res")
  await expect(check).toContainText('Not yet: the cookies arrived as one line.')
  await expect(check).toContainText('headers.get() joins Set-Cookie lines with ", ", so the browser kept only access.')
  await expect(check).toBeInViewport()
  await expect(verdict).toContainText('Cookie lost')

  // The cookies handed to the page's request only.
  await replaceLine(
    page,
    sandbox,
    'return res',
    "const headers = new Headers(request.headers); refreshed.headers.getSetCookie().forEach((line) => headers.append('set-cookie', line)); return NextResponse.next({ request: { headers } })"
  )
  await expect(check).toContainText('Not yet: the cookies went on the request, not the response.')

  // A typo: the error, as it was thrown, the same the preview shows.
  await replaceLine(page, sandbox, 'return NextResponse.next({ request', 'return response')
  await expect(check).toContainText('Not yet: your code threw an error: ReferenceError: response is not defined')
  await expect(verdict).toContainText('Your code threw: ReferenceError: response is not defined')

  await replaceLine(page, sandbox, 'return response', fixFromPage())
  await expect(check).toContainText('Cookie delivered. The browser holds refresh=r2, the token the server expects next')
  await expect(verdict).toContainText('Cookie delivered: the browser holds refresh=r2, the newest.')
  // Reserved room: the preview did not move while the line changed.
  expect(await previewOffset(sandbox)).toEqual(previewBefore)

  await sandbox.getByRole('button', { name: 'Reset' }).click()
  await expect(check).toContainText('Your turn:')
  await expect(verdict).toContainText('Cookie lost')
  expect(attempted).toEqual([])
})
