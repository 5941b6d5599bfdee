import { expect, test } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, startApp, type IdpServer, type NextServer } from '../../scripts/servers.mjs'
import { followPage, refreshesOnReload, refreshesWhileIdle, rotatesOnceUnderConcurrency, runLine, runTerminal, writeBlock } from './fresh-app'
import { callbackAt, clientEnv, providerSignIn, refreshGrants, startTestIdp } from './idp'
import { blocksOf, IDP_RECIPE_ROUTES, isFile, RECIPE_ROUTES, type Block } from './recipe-blocks'

// A reader's app, built from the recipe pages exactly as they are rendered: "Start here"'s first
// Terminal block (create-next-app@14.2.35, the packages), every file block of the other recipe
// pages at the path in its title, then its second Terminal block (keys, build). Nothing else is
// added or changed by hand. Then the same app upgraded as "On Next 15.5" and "On Next 16" say,
// and made a client of an identity provider as its recipe says.
// Each, in Chromium: sign in, expiry and refresh per strategy, a burst of requests, sign out.

test.describe.configure({ mode: 'serial' })

const TOKENS = { ACCESS_TOKEN_TTL: '2', REFRESH_REUSE_GRACE: '3' }
const REDIRECT_HOPS = ['307 /demo/dashboard', '303 /api/auth/refresh', '200 /demo/dashboard']
let root: string
let app: string
let files: Block[]

test.afterAll(async () => {
  if (root) rmSync(root, { recursive: true, force: true })
})

test.describe('Next 14.2.35, from the recipes', () => {
  const servers: Record<string, NextServer> = {}

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(600_000) // create-next-app, npm install and a production build on a busy 2-core machine
    const [start, ...rest] = await Promise.all(RECIPE_ROUTES.map((route) => blocksOf(browser, baseURL!, route)))
    const terminals = start.filter((b) => b.title === 'Terminal')
    expect(terminals, '"Start here" has two Terminal blocks: before and after the files').toHaveLength(2)
    files = rest.flat().filter(isFile)
    expect(files.length).toBeGreaterThan(40)
    root = mkdtempSync(join(tmpdir(), 'cookie-flow-fresh-'))
    app = runTerminal(terminals[0], root).cwd
    for (const file of files) writeBlock(file, app)
    expect(runTerminal(terminals[1], app).start, 'the last step starts the server').toMatch(/AUTH_REFRESH_STRATEGY=\w+ npm start/)
    // The app's own `next start` (scripts/servers.mjs runs the app's own Next), short-lived tokens.
    for (const strategy of ['forward', 'redirect', 'client']) servers[strategy] = await startApp(app, { AUTH_REFRESH_STRATEGY: strategy, ...TOKENS })
  })
  test.afterAll(async () => Promise.all(Object.values(servers).map((s) => s.stop())))

  test('forward: sign in, expire, reload: refreshed in one request; sign out', async ({ page }) => {
    await refreshesOnReload(page, servers.forward, ['200 /demo/dashboard'])
  })
  test('redirect: sign in, expire, reload: refreshed through the handshake; sign out', async ({ page }) => {
    await refreshesOnReload(page, servers.redirect, REDIRECT_HOPS)
  })
  test('client: the refresher renews while the page sits idle', async ({ page }) => {
    await refreshesWhileIdle(page, servers.client)
  })
  test('forward: 20 requests with one expired token rotate it once and sign no one out', async ({ page }) => {
    await rotatesOnceUnderConcurrency(page, servers.forward)
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
})

// Upgrades of the app above, as the After Next 14 pages say, each to the latest release it names.
const UPGRADES = [
  { name: 'Next 15.5', pages: ['/after-next-14/next-15-5'] },
  { name: 'Next 16', pages: ['/after-next-14/next-15-5', '/after-next-14/next-16'] }
]

for (const upgrade of UPGRADES) {
  test.describe(`${upgrade.name}, upgraded as the guide says`, () => {
    const servers: Record<string, NextServer> = {}

    test.beforeAll(async ({ browser, baseURL }) => {
      test.setTimeout(600_000)
      const dir = join(root, upgrade.name.replace(/\W+/g, '-'))
      // The 14 app as the reader has it, without what npm and next build made.
      cpSync(app, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(src.slice(app.length)) })
      for (const [i, route] of upgrade.pages.entries()) {
        const steps = (await blocksOf(browser, baseURL!, route)).filter((b) => b.section.startsWith('Next '))
        // A page another one follows is not built on its own: the last page's build covers both.
        followPage(steps, dir, { build: i === upgrade.pages.length - 1 })
      }
      // In process means no fetch() to the refresh route: an origin nobody listens on must not matter.
      const nowhere = { INTERNAL_ORIGIN: 'http://127.0.0.1:9' }
      for (const strategy of ['forward', 'client']) servers[strategy] = await startApp(dir, { AUTH_REFRESH_STRATEGY: strategy, ...TOKENS, ...nowhere })
    })
    test.afterAll(async () => Promise.all(Object.values(servers).map((s) => s.stop())))

    test('forward, in process: sign in, expire, reload: refreshed in one request; sign out', async ({ page }) => {
      await refreshesOnReload(page, servers.forward, ['200 /demo/dashboard'])
    })
    test('client: the refresher renews while the page sits idle', async ({ page }) => {
      await refreshesWhileIdle(page, servers.client)
    })
    test('forward, in process: 20 requests with one expired token rotate it once and sign no one out', async ({ page }) => {
      await rotatesOnceUnderConcurrency(page, servers.forward)
    })
  })
}

// The 14 app above, changed as the identity provider's recipe says, against a running provider.
test.describe('Tokens from an identity provider, from its recipe', () => {
  const servers: Record<string, NextServer> = {}
  let idp: IdpServer

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(600_000)
    const dir = join(root, 'identity-provider')
    cpSync(app, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(src.slice(app.length)) })
    // The provider first: the app's build needs its origin (form-action), and it needs the callbacks.
    const ports = { forward: await freePort(), redirect: await freePort(), client: await freePort() }
    idp = await startTestIdp(Object.values(ports).map(callbackAt))
    const env = clientEnv(idp, callbackAt(ports.forward))
    // "Start here": its first Terminal block, then every file block of the core pages it lists,
    // then its own file blocks, then its second Terminal block (the build).
    const [start, ...core] = await Promise.all(IDP_RECIPE_ROUTES.map((route) => blocksOf(browser, baseURL!, route)))
    const terminals = start.filter((b) => b.title === 'Terminal')
    expect(terminals, '"Start here" has two Terminal blocks: before and after the files').toHaveLength(2)
    for (const block of start) {
      if (block.title !== '.env.local') continue
      // The reader puts their provider's values in; the page must name exactly the ones needed.
      expect(block.code.split('\n').filter(Boolean).map((line) => line.split('=')[0])).toEqual(Object.keys(env))
      block.code = Object.entries(env).map(([name, value]) => `${name}=${value}`).join('\n')
    }
    runTerminal(terminals[0], dir)
    for (const file of [...core.flat(), ...start].filter(isFile)) writeBlock(file, dir)
    expect(runTerminal(terminals[1], dir).start, 'the last step starts the server').toMatch(/AUTH_REFRESH_STRATEGY=\w+ npm start/)
    for (const [strategy, port] of Object.entries(ports)) {
      servers[strategy] = await startApp(dir, { AUTH_REFRESH_STRATEGY: strategy, IDP_REDIRECT_URI: callbackAt(port) }, { port })
    }
  })
  test.afterAll(async () => Promise.all([...Object.values(servers).map((s) => s.stop()), idp?.stop()]))

  test('forward: sign in at the provider, expire, reload: refreshed in one request; sign out', async ({ page }) => {
    await refreshesOnReload(page, servers.forward, ['200 /demo/dashboard'], providerSignIn(idp))
  })
  test('redirect: sign in at the provider, expire, reload: refreshed through the handshake; sign out', async ({ page }) => {
    await refreshesOnReload(page, servers.redirect, REDIRECT_HOPS, providerSignIn(idp))
  })
  test('client: the refresher renews at the provider while the page sits idle', async ({ page }) => {
    await refreshesWhileIdle(page, servers.client, providerSignIn(idp))
  })
  test('forward: 20 requests with one expired token make one refresh at the provider and sign no one out', async ({ page }) => {
    const before = await refreshGrants(idp)
    await rotatesOnceUnderConcurrency(page, servers.forward, providerSignIn(idp))
    expect(await refreshGrants(idp)).toEqual({ success: before.success + 1, invalidGrant: before.invalidGrant })
  })
})
