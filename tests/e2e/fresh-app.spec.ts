import { expect, test, type Browser, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startApp, type NextServer } from '../../scripts/servers.mjs'
import { jtiOf, sleep, waitPastExpiry, TTL_MS } from './demo'
import { blocksOf, isFile, RECIPE_ROUTES, type Block } from './recipe-blocks'

// A reader's app, built from the recipe pages exactly as they are rendered: "Start here"'s first
// Terminal block (create-next-app@14.2.35, the packages), then every file block of the other
// recipe pages written to the path in its title, then its second Terminal block (keys, build).
// Nothing else is added or changed by hand. Then, in Chromium, each strategy does its job.

test.describe.configure({ mode: 'serial' })

const STRATEGIES = ['forward', 'redirect', 'client'] as const
let root: string
let app: string
let files: Block[]
const servers: Partial<Record<(typeof STRATEGIES)[number], NextServer>> = {}

/** Runs one line of a Terminal block, as a reader's shell would, in `cwd`; fails with its output. */
function runLine(line: string, cwd: string) {
  const run = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: '1', NEXT_TELEMETRY_DISABLED: '1' } })
  if (run.status !== 0) {
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(`${run.stdout}${run.stderr}`)
    const hint = offline ? ' The npm registry could not be reached: this test installs create-next-app@14.2.35, jose and redis from it.' : ''
    throw new Error(`"${line}" failed (exit ${run.status ?? run.signal}).${hint}\n${run.stdout}\n${run.stderr}`)
  }
}

/** Runs a Terminal block's lines; returns the directory the block ended in and the start line. */
function runTerminal(block: Block, cwd: string): { cwd: string; start?: string } {
  let start: string | undefined
  for (const line of block.code.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (line.startsWith('cd ')) cwd = join(cwd, line.slice(3).trim())
    else if (/(^|\s)npm start$/.test(line)) start = line // the test starts the servers itself, one per strategy
    else runLine(line, cwd)
  }
  return { cwd, start }
}

async function buildFromRecipes(browser: Browser, baseURL: string) {
  const pages = await Promise.all(RECIPE_ROUTES.map((route) => blocksOf(browser, baseURL, route)))
  const [start, ...rest] = pages
  const terminals = start.filter((b) => b.title === 'Terminal')
  expect(terminals, '"Start here" has two Terminal blocks: before and after the files').toHaveLength(2)
  files = rest.flat().filter(isFile)
  expect(files.length).toBeGreaterThan(40)

  root = mkdtempSync(join(tmpdir(), 'cookie-flow-fresh-'))
  const created = runTerminal(terminals[0], root)
  app = created.cwd
  for (const file of files) {
    mkdirSync(dirname(join(app, file.title)), { recursive: true })
    writeFileSync(join(app, file.title), file.code)
  }
  const last = runTerminal(terminals[1], app)
  expect(last.start, 'the last step starts the server').toMatch(/AUTH_REFRESH_STRATEGY=\w+ npm start/)
}

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(600_000) // create-next-app, npm install and a production build on a busy 2-core machine
  await buildFromRecipes(browser, baseURL!)
  // The app's own `next start` (scripts/servers.mjs runs the app's own Next), short-lived tokens.
  for (const strategy of STRATEGIES) servers[strategy] = await startApp(app, { AUTH_REFRESH_STRATEGY: strategy, ACCESS_TOKEN_TTL: '2', REFRESH_REUSE_GRACE: '3' })
})

test.afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s?.stop()))
  if (root) rmSync(root, { recursive: true, force: true })
})

async function signIn(page: Page, url: string) {
  await page.goto(`${url}/demo/dashboard`)
  await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
  await page.getByLabel('Username').fill('demo')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Signed in as Demo User')).toBeVisible()
  return page.locator('main code').textContent()
}

async function accessJti(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === '__Host-cf_access')
  return cookie ? jtiOf(cookie.value) : null
}

for (const strategy of ['forward', 'redirect'] as const) {
  test(`the fresh app, ${strategy}: sign in, expire, reload: refreshed; then sign out`, async ({ page }) => {
    const url = servers[strategy]!.browserUrl
    const before = await signIn(page, url)
    await waitPastExpiry()
    const hops: string[] = []
    page.on('response', (r) => hops.push(`${r.status()} ${new URL(r.url()).pathname}`))
    await page.goto(`${url}/demo/dashboard`)
    await expect(page.getByText('Signed in as Demo User')).toBeVisible()
    const after = await page.locator('main code').textContent()
    expect(after).not.toBe(before)
    expect(after).toBe(await accessJti(page))
    if (strategy === 'forward') expect(hops[0]).toBe('200 /demo/dashboard')
    else expect(hops.slice(0, 3)).toEqual(['307 /demo/dashboard', '303 /api/auth/refresh', '200 /demo/dashboard'])

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(`${url}/demo/login?reason=logged_out`)
    await page.goto(`${url}/demo/dashboard`)
    await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
  })
}

test('the fresh app, client: the refresher renews while the page sits idle', async ({ page }) => {
  const url = servers.client!.browserUrl
  const before = await signIn(page, url)
  await sleep(TTL_MS * 2 + 1500)
  await expect(page.locator('main code')).not.toHaveText(before!)
  expect(await page.locator('main code').textContent()).toBe(await accessJti(page))
})

test('the fresh app, forward: 20 requests with one expired token rotate it once and sign no one out', async ({ page }) => {
  const url = servers.forward!.browserUrl
  await signIn(page, url)
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  await waitPastExpiry()
  const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${servers.forward!.url}/demo/dashboard`, { headers: { cookie }, redirect: 'manual' })))
  expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
  // Every answer carries the same successor: one rotation, the rest within the grace window.
  const refreshTokens = responses.map((r) => r.headers.getSetCookie().find((c) => c.startsWith('__Host-cf_refresh='))?.split(';')[0])
  expect(new Set(refreshTokens).size).toBe(1)
  expect(refreshTokens[0]).toBeDefined()
})

test('the download is the same app: every recipe block, plus a scaffold that type-checks and lints', async ({ request }) => {
  test.setTimeout(180_000)
  const res = await request.get('/starter/cookie-flow-starter.zip')
  expect(res.status()).toBe(200)
  const unpacked = join(root, 'download')
  mkdirSync(unpacked)
  writeFileSync(join(unpacked, 'starter.zip'), await res.body())
  runLine('python3 -m zipfile -e starter.zip .', unpacked)
  const starter = join(unpacked, 'cookie-flow-starter')
  for (const file of files) expect(readFileSync(join(starter, file.title), 'utf8'), file.title).toBe(`${file.code}\n`)
  // Its own package.json asks for what the reader installed above; borrow those packages.
  symlinkSync(join(app, 'node_modules'), join(starter, 'node_modules'))
  runLine('npx tsc --noEmit', starter)
  runLine('npx next lint --max-warnings 0', starter)
})
