import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { pagesWithSandboxes, sandpackChunks } from './sandboxes'

// Sandpack and CodeMirror weigh hundreds of kB: only a page with a sandbox may fetch them, and
// only when the sandbox comes near; a sandbox page's first load must stay close to a plain one's.
const pages = pagesWithSandboxes()
const plain = pages.filter((p) => p.names.length === 0).map((p) => p.route)
const withSandbox = pages.filter((p) => p.names.length > 0).map((p) => p.route)

const buildManifest = () => JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')).pages as Record<string, string[]>

/**
 * Next's "First Load JS" without the page's own chunk (its text, which grows with the prose and
 * with Nextra's page map, not with the sandbox): the scripts it shares with other pages, gzipped, kB.
 */
function sharedLoadKb(route: string) {
  const manifest = buildManifest()
  const own = (file: string) => file.startsWith('static/chunks/pages/') && !manifest['/_app'].includes(file)
  const files = new Set([...manifest['/_app'], ...manifest[route]].filter((file) => file.endsWith('.js') && !own(file)))
  const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(`.next/${file}`)).length, 0)
  return bytes / 1024
}

test('the docs have pages with and without sandboxes', () => {
  expect(plain).toContain('/')
  expect(withSandbox).toEqual(expect.arrayContaining(['/cookies', '/broken-flow', '/rotation']))
})

for (const route of plain) {
  test(`${route} has no sandbox, and loads no Sandpack JavaScript`, async ({ page }) => {
    const chunks = sandpackChunks()
    const scripts: string[] = []
    page.on('request', (req) => req.resourceType() === 'script' && scripts.push(new URL(req.url()).pathname))
    await page.goto(route)
    await page.waitForLoadState('networkidle')
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((path) => chunks.some((chunk) => path.endsWith(chunk)))).toEqual([])
  })
}

test('a sandbox page fetches Sandpack only once the sandbox nears the viewport', async ({ page }) => {
  // Serve the page with the sandbox pushed far below the fold, whatever the prose above it.
  await page.route('**/broken-flow', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('</head>', '<style>[data-sandbox]{margin-top:3000px}</style></head>')
    await route.fulfill({ response, body: html })
  })
  const chunks = sandpackChunks()
  const fetched: string[] = []
  page.on('request', (req) => chunks.some((chunk) => req.url().endsWith(chunk)) && fetched.push(req.url()))
  await page.goto('/broken-flow')
  await page.waitForLoadState('networkidle')
  const sandbox = page.locator('[data-sandbox]')
  expect((await sandbox.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height + 600)
  expect(fetched).toEqual([])
  await sandbox.scrollIntoViewIfNeeded()
  await expect.poll(() => fetched.length).toBeGreaterThan(0)
  await expect(sandbox.locator('.cm-editor')).toBeVisible()
})

test("no page's first load includes Sandpack, and the sandbox's placeholder adds under 5 kB to a plain page's shared scripts", () => {
  const chunks = sandpackChunks()
  const manifest = buildManifest()
  const base = sharedLoadKb('/')
  for (const route of [...plain, ...withSandbox]) {
    expect(manifest[route].filter((file) => chunks.includes(file)), route).toEqual([])
  }
  for (const route of withSandbox) {
    const kb = sharedLoadKb(route)
    test.info().annotations.push({ type: 'shared scripts', description: `${route}: ${kb.toFixed(1)} kB (/ has ${base.toFixed(1)} kB)` })
    expect(kb - base, route).toBeLessThan(5)
  }
})
