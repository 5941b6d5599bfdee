import { expect, test, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { THEMES, diagramFile, diagramPath, diagramsInPages } from '../../scripts/diagrams/source.mjs'
import { watchConsole } from './console'
import { docsRoutes, routeOf } from './docs-routes'

// Diagrams are pictures drawn ahead of time (`npm run diagrams`): in the page before any script
// runs, in the reader's theme, taking their room from the start, and drawn from the MDX they sit in.

interface Diagram { file: string; index: number; source: string; key: string }
const diagrams: Diagram[] = diagramsInPages()
const routes = [...new Set(diagrams.map((d) => routeOf(d.file)))]

test('most pages open with a diagram', () => expect(routes.length).toBeGreaterThan(5))

async function pictures(page: Page, theme: string) {
  return page.locator(`figure.diagram img.diagram-${theme}`).evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({
      src: img.getAttribute('src'),
      alt: img.alt,
      shown: img.checkVisibility(),
      drawn: img.complete && img.naturalWidth > 0,
      // The size the page reserved is the picture's own: nothing moves when it arrives.
      sized: img.naturalWidth === Number(img.getAttribute('width')) && img.naturalHeight === Number(img.getAttribute('height'))
    }))
  )
}

test('the pictures follow the theme as it switches, without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.locator('figure.diagram img.diagram-light')).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('figure.diagram img.diagram-dark')).toBeVisible()
  await expect(page.locator('figure.diagram img.diagram-light')).toBeHidden()
})

test('a picture is served as SVG and cached for good: its name changes with what it shows', async ({ request }) => {
  const res = await request.get(diagramPath(diagrams[0].key, 'light'))
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('image/svg+xml')
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
})

test('without JavaScript the diagram is there all the same', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  const picture = page.locator('figure.diagram img.diagram-light')
  await expect(picture).toBeVisible()
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await context.close()
})

function watchLayoutShifts() {
  const w = window as unknown as { shifts: string[]; total: number }
  w.shifts = []
  w.total = 0
  new PerformanceObserver((list) => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue
      // Name what moved, so a failure says where to look.
      const moved = entry.sources.map(({ node }) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : node?.nodeName ?? '?'))
      w.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`)
      w.total += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

// One test per page and view (a loop over every page inside one timeout fails on a busy machine),
// each view one theme and one width, so one load checks both the pictures and the layout.
const VIEWS = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 390 }
] as const

for (const { colorScheme, width } of VIEWS) {
  test.describe(`${colorScheme} mode at ${width}px`, () => {
    test.use({ colorScheme, viewport: { width, height: 900 } })
    for (const route of docsRoutes()) {
      // Layout shift below a thousandth of the viewport in all (Lighthouse's "good" is under 0.1).
      // What stays under it: on a cold load Chromium may paint the document before the last button
      // of Nextra's navbar has arrived, and the icons beside it move over when it does (0.0002).
      test(`${route}: each diagram shows its ${colorScheme} picture, and nothing moves once painted`, async ({ page }) => {
        const problems = watchConsole(page)
        await page.addInitScript(watchLayoutShifts)
        await page.goto(route)
        await page.waitForLoadState('networkidle')
        const expected = diagrams.filter((d) => routeOf(d.file) === route)
        const other = THEMES.find((t) => t !== colorScheme)!
        const shown = await pictures(page, colorScheme)
        expect(shown.map((p) => p.src)).toEqual(expected.map((d) => diagramPath(d.key, colorScheme)))
        for (const p of shown) expect(p, `${p.src}`).toMatchObject({ shown: true, drawn: true, sized: true, alt: expect.stringMatching(/\w{3}/) })
        for (const p of await pictures(page, other)) expect(p.shown, `${p.src}`).toBe(false)
        const { shifts, total } = await page.evaluate(() => {
          const w = window as unknown as { shifts: string[]; total: number }
          return { shifts: w.shifts, total: w.total }
        })
        expect(total, shifts.join('\n')).toBeLessThan(0.001)
        expect(problems).toEqual([])
      })
    }
  })
}

// Tags and text in order, not coordinates: text widths depend on the fonts of the machine drawing.
const shapeOf = (svg: string) => [...svg.matchAll(/<([\w:-]+)|>([^<]+)</g)].map((m) => m[1] ?? m[2].trim()).filter(Boolean)

test('each picture is what npm run diagrams draws from the MDX beside it', async () => {
  test.setTimeout(120_000)
  const out = mkdtempSync(join(tmpdir(), 'cookie-flow-diagrams-'))
  try {
    const run = spawnSync(process.execPath, ['scripts/diagrams/render.mjs', '--out', out], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain(`${diagrams.length} diagrams: ${diagrams.length} drawn`)
    for (const d of diagrams) {
      for (const theme of THEMES) {
        const committed = readFileSync(diagramFile(d.key, theme), 'utf8')
        expect(shapeOf(readFileSync(diagramFile(d.key, theme, out), 'utf8')), `${d.file}, diagram ${d.index}, ${theme}`).toEqual(shapeOf(committed))
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
