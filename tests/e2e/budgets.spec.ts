import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
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
// A bare Nextra page pays for what every docs page shares: _app and the chunks common to all of them.
const shared = firstLoad(routes[0]).filter((f) => routes.every((r) => firstLoad(r).includes(f)))
const baseline = total(shared)

test(`a bare Nextra page is the baseline (measured ${kB(baseline)})`, () => {
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

test('mermaid and Sandpack are never in a first load', () => {
  // Strings only their library code contains: mermaid's parser tokens, Sandpack's provider.
  const markers = /DOUBLECIRCLEEND|SandpackProvider/
  const offenders = [...new Set(Object.values(manifest.pages).flat())].filter(
    (file) => file.endsWith('.js') && markers.test(readFileSync(`.next/${file}`, 'utf8'))
  )
  expect(offenders).toEqual([])
})
