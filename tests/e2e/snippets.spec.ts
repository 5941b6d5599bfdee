import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { readSnippet } from '../../scripts/remark-source.mjs'
import { docsRoutes, fileOf } from './docs-routes'

// "Snippets are the running code": every block an MDX page fills from a file (source="…") must
// show that file, or its region, exactly as it is on disk, on the built page, as the copy button
// would copy it.

interface Snippet {
  title: string
  expected: string
}

function snippetsOf(route: string): Snippet[] {
  const mdx = readFileSync(fileOf(route), 'utf8')
  const attr = (meta: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(meta)?.[1]
  return [...mdx.matchAll(/^```\w*([^\n]*\bsource="[^"]+"[^\n]*)$/gm)].map(([, meta]) => {
    const path = attr(meta, 'source')!
    const region = attr(meta, 'region')
    return { title: attr(meta, 'as') ?? (region ? `${path} (${region})` : path), expected: readSnippet(path, region) }
  })
}

const pages = docsRoutes()
  .map((route) => ({ route, snippets: snippetsOf(route) }))
  .filter((p) => p.snippets.length > 0)

test('some pages show source files', () => {
  expect(pages.map((p) => p.route)).toContain('/recipes/strategies')
})

for (const { route, snippets } of pages) {
  test(`${route}: ${snippets.length} blocks equal their source files`, async ({ page }) => {
    await page.goto(route)
    const shown = await page.locator('pre').evaluateAll((pres) =>
      pres.map((pre) => ({ title: pre.previousElementSibling?.textContent?.trim() ?? '', code: pre.querySelector('code')?.textContent ?? '' }))
    )
    for (const { title, expected } of snippets) {
      const block = shown.find((s) => s.title === title)
      expect(block, `a block titled ${title}`).toBeDefined()
      expect(block!.code).toBe(expected)
    }
  })
}

test('the copy button copies the file exactly', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/recipes/strategies')
  const title = 'lib/strategies/forward.ts'
  // The title's own header row holds that block's copy button.
  await page.getByText(title, { exact: true }).locator('xpath=..').getByTitle('Copy code').click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readSnippet(title))
})
