import { expect, test } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { docsRoutes } from './docs-routes'

// Page weight, measured from the production build the suite runs against. A page's first load is
// what Next reports as "First Load JS": _app's files plus the page's own, gzipped.

const manifest = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as { pages: Record<string, string[]> }
const gz = (file: string) => gzipSync(readFileSync(`.next/${file}`), { level: 9 }).length
const firstLoad = (route: string) => [...new Set([...manifest.pages['/_app'], ...manifest.pages[route]])]
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const total = (files: string[]) => files.reduce((sum, f) => sum + gz(f), 0)

const routes = docsRoutes()
// A bare Nextra page pays for what every docs page shares: _app and the chunks common to all of
// them, plus the page map (every page's title and description, for the nav), which Nextra 3 bundles
// into each page's own chunk rather than a shared one (the loader's `import { pageMap }`).
const shared = firstLoad(routes[0]).filter((f) => routes.every((r) => firstLoad(r).includes(f)))
const pageMap = gz('static/chunks/nextra-page-map-.mjs')
const baseline = total(shared) + pageMap

test(`a bare Nextra page is the baseline (measured ${kB(baseline)}, of it the page map ${kB(pageMap)})`, () => {
  expect(baseline).toBeGreaterThan(150_000)
  expect(baseline).toBeLessThan(200_000)
})

for (const route of routes) {
  test(`${route}: first load within 5% of a bare Nextra page`, () => {
    const size = total(firstLoad(route))
    test.info().annotations.push({ type: 'first load', description: `${kB(size)} (baseline ${kB(baseline)})` })
    expect(size, `${route} first load ${kB(size)}`).toBeLessThanOrEqual(baseline * 1.05)
  })
}

// Strings only their library code contains: mermaid's parser tokens, Sandpack's provider.
const chunks = readdirSync('.next/static/chunks', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
const containing = (marker: string) => chunks.filter((f) => readFileSync(`.next/static/chunks/${f}`, 'utf8').includes(marker))

test('mermaid is in no chunk at all: diagrams arrive drawn', () => {
  expect(chunks.length).toBeGreaterThan(10)
  expect(containing('DOUBLECIRCLEEND')).toEqual([])
})

test('Sandpack is never in a first load', () => {
  const sandpack = containing('SandpackProvider')
  expect(sandpack.length).toBeGreaterThan(0)
  const firstLoads = new Set(Object.values(manifest.pages).flat())
  expect(sandpack.filter((f) => firstLoads.has(`static/chunks/${f}`))).toEqual([])
})
