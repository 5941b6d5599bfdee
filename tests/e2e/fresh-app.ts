import { expect, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { NextServer } from '../../scripts/servers.mjs'
import { jtiOf, sleep, TTL_MS, waitPastExpiry } from './demo'
import { isFile, type Block } from './recipe-blocks'

// Doing what a recipe page says, as a reader's shell would, and checking the app it makes.

/** Runs one line of a Terminal block in `cwd`; fails with its output, and says so if the registry is out of reach. */
export function runLine(line: string, cwd: string) {
  const run = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: '1', NEXT_TELEMETRY_DISABLED: '1' } })
  if (run.status !== 0) {
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ETARGET/.test(`${run.stdout}${run.stderr}`)
    const hint = offline ? ' The npm registry could not be reached (or has no such version): this test installs create-next-app, next, react, jose and redis from it.' : ''
    throw new Error(`"${line}" failed (exit ${run.status ?? run.signal}).${hint}\n${run.stdout}\n${run.stderr}`)
  }
}

/**
 * Runs a Terminal block's lines; returns the folder it ended in and its start line (the test
 * starts the servers itself, one per strategy). `build: false` leaves out `npm run build`, for a
 * step that another one follows.
 */
export function runTerminal(block: Block, cwd: string, { build = true } = {}): { cwd: string; start?: string } {
  let start: string | undefined
  for (const line of block.code.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (line.startsWith('cd ')) cwd = join(cwd, line.slice(3).trim())
    else if (/(^|\s)npm start$/.test(line)) start = line
    else if (line !== 'npm run build' || build) runLine(line, cwd)
  }
  return { cwd, start }
}

export function writeBlock(block: Block, dir: string) {
  mkdirSync(dirname(join(dir, block.title)), { recursive: true })
  writeFileSync(join(dir, block.title), block.code)
}

/** A page's steps, in its order: Terminal blocks run, file blocks written. */
export function followPage(blocks: Block[], dir: string, options?: { build?: boolean }) {
  for (const block of blocks) {
    if (block.title === 'Terminal') runTerminal(block, dir, options)
    else if (isFile(block)) writeBlock(block, dir)
  }
}

// --- what a reader does with the app ---

/** How the app signs a reader in, and what its tokens are. */
export interface SignInWay {
  signIn(page: Page, url: string): Promise<void>
  accessCookie: string
  refreshCookie: string
  waitPastExpiry(): Promise<unknown>
  /** Long enough idle for the client refresher to have renewed at least once. */
  idleMs: number
}

/** The recipes' own: the demo user's password, this app's tokens (TTL from the e2e env). */
export const PASSWORD: SignInWay = {
  async signIn(page, url) {
    await page.goto(`${url}/demo/dashboard`)
    await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
    await page.getByLabel('Username').fill('demo')
    await page.getByLabel('Password').fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
  },
  accessCookie: '__Host-cf_access',
  refreshCookie: '__Host-cf_refresh',
  waitPastExpiry,
  idleMs: TTL_MS * 2 + 1500
}

async function signedIn(page: Page, url: string, way: SignInWay) {
  await way.signIn(page, url)
  await expect(page.getByText('Signed in as Demo User')).toBeVisible()
  return page.locator('main code').textContent()
}

async function accessJti(page: Page, way: SignInWay) {
  const cookie = (await page.context().cookies()).find((c) => c.name === way.accessCookie)
  return cookie ? jtiOf(cookie.value) : null
}

/** Sign in, let the token expire, reload: refreshed (the hops the strategy makes); then sign out. */
export async function refreshesOnReload(page: Page, server: NextServer, hops: string[], way = PASSWORD) {
  const url = server.browserUrl
  const before = await signedIn(page, url, way)
  await way.waitPastExpiry()
  const seen: string[] = []
  page.on('response', (r) => seen.push(`${r.status()} ${new URL(r.url()).pathname}`))
  await page.goto(`${url}/demo/dashboard`)
  await expect(page.getByText('Signed in as Demo User')).toBeVisible()
  const after = await page.locator('main code').textContent()
  expect(after).not.toBe(before)
  expect(after).toBe(await accessJti(page, way))
  expect(seen.slice(0, hops.length)).toEqual(hops)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(`${url}/demo/login?reason=logged_out`)
  await page.goto(`${url}/demo/dashboard`)
  await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
}

/** The client refresher renews while the page sits idle. */
export async function refreshesWhileIdle(page: Page, server: NextServer, way = PASSWORD) {
  const before = await signedIn(page, server.browserUrl, way)
  await sleep(way.idleMs)
  await expect(page.locator('main code')).not.toHaveText(before!)
  // The page shows the token the browser holds. Read twice, a page and a cookie can straddle the
  // next refresh (the cookie lands first, the re-render after it): retried, never loosened.
  await expect(async () => expect(await page.locator('main code').textContent()).toBe(await accessJti(page, way))).toPass({ timeout: 5000 })
}

/** 20 requests with one expired token: all answered, and all with the same successor (one rotation). */
export async function rotatesOnceUnderConcurrency(page: Page, server: NextServer, way = PASSWORD) {
  await signedIn(page, server.browserUrl, way)
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  await way.waitPastExpiry()
  const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/demo/dashboard`, { headers: { cookie }, redirect: 'manual' })))
  expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
  const refreshTokens = responses.map((r) => r.headers.getSetCookie().find((c) => c.startsWith(`${way.refreshCookie}=`))?.split(';')[0])
  expect(refreshTokens[0]).toBeDefined()
  expect(new Set(refreshTokens).size).toBe(1)
}
