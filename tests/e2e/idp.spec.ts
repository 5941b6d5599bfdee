import { expect, test } from '@playwright/test'
import { type IdpServer, type NextServer } from '../../scripts/servers.mjs'
import { redisMissing, startRedis, type RedisServer } from '../support/redis-server'
import { jtiOf } from './demo'
import { cookieHeaderOf, IDP_ACCESS, IDP_REFRESH, refreshGrants, signInWithProvider, startIdpAndApps, waitPastIdpExpiry } from './idp'

// Tokens from an identity provider, against a real one (scripts/idp: oidc-provider, refresh
// tokens rotated with no grace period) and this build as its client, in Chromium.

test.describe.configure({ mode: 'serial' })

const REDIRECT_HOPS = ['307 /demo/dashboard', '303 /api/auth/refresh', '200 /demo/dashboard']

test.describe('one instance', () => {
  let idp: IdpServer
  let app: NextServer
  test.beforeAll(async () => {
    ;({ idp, apps: [app] } = await startIdpAndApps(1))
  })
  test.afterAll(async () => Promise.all([app?.stop(), idp?.stop()]))

  test('sign-in by code + PKCE lands on the dashboard, where the provider is the fourth party', async ({ page }) => {
    await signInWithProvider(page, app, idp)
    await expect(page.getByTestId('issuer')).toHaveText(idp.issuer)
    await expect(page.getByTestId('inspector-lanes')).toContainText('Identity provider')
    await expect(page.getByTestId('inspector').locator('li[data-kind="login"]')).toContainText('code + PKCE verifier')
    const names = (await page.context().cookies()).map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining([IDP_ACCESS, IDP_REFRESH]))
    // The sign-in in progress is spent.
    expect(names).not.toContain('__Host-cf_idp_tx')
  })

  for (const [flow, hops] of [['forward', ['200 /demo/dashboard']], ['redirect', REDIRECT_HOPS]] as const) {
    test(`${flow}: expiry, then a reload refreshes at the provider once`, async ({ page }) => {
      await signInWithProvider(page, app, idp, flow)
      const before = await page.getByTestId('server-jti').textContent()
      const grants = await refreshGrants(idp)
      await waitPastIdpExpiry()
      const seen: string[] = []
      page.on('response', (r) => seen.push(`${r.status()} ${new URL(r.url()).pathname}`))
      await page.goto(`${app.browserUrl}/demo/dashboard`)
      await expect(page.getByTestId('user')).toHaveText('Demo User')
      const after = await page.getByTestId('server-jti').textContent()
      expect(after).not.toBe(before)
      const cookie = (await page.context().cookies()).find((c) => c.name === IDP_ACCESS)!
      expect(after).toBe(jtiOf(cookie.value))
      expect(seen.slice(0, hops.length)).toEqual(hops)
      expect(await refreshGrants(idp)).toEqual({ success: grants.success + 1, invalidGrant: grants.invalidGrant })
    })
  }

  test('client: the browser refreshes before expiry while the page sits idle', async ({ page }) => {
    await signInWithProvider(page, app, idp, 'client')
    const before = await page.getByTestId('server-jti').textContent()
    await expect(page.getByTestId('server-jti')).not.toHaveText(before!, { timeout: 15_000 })
    const cookie = (await page.context().cookies()).find((c) => c.name === IDP_ACCESS)!
    expect(await page.getByTestId('server-jti').textContent()).toBe(jtiOf(cookie.value))
  })

  test('forward: 20 parallel requests with one expired token make one provider refresh and sign no one out', async ({ page }) => {
    await signInWithProvider(page, app, idp)
    const cookie = await cookieHeaderOf(page)
    await waitPastIdpExpiry()
    const grants = await refreshGrants(idp)
    const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${app.url}/demo/dashboard`, { headers: { cookie }, redirect: 'manual' })))
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
    const refreshTokens = new Set(responses.map((r) => r.headers.getSetCookie().find((c) => c.startsWith(`${IDP_REFRESH}=`))?.split(';')[0]))
    expect(refreshTokens.size).toBe(1)
    expect([...refreshTokens][0]).toBeDefined()
    expect(await refreshGrants(idp)).toEqual({ success: grants.success + 1, invalidGrant: grants.invalidGrant })
  })

  test('the demo button shows it: 20 requests at once, all answered signed in with one token', async ({ page }) => {
    await signInWithProvider(page, app, idp)
    await waitPastIdpExpiry()
    await page.getByRole('button', { name: 'Send 20 requests at once' }).click()
    await expect(page.getByTestId('parallel-result')).toHaveText('20 of 20 were answered signed in, with one refresh token and one access token among them.', { timeout: 20_000 })
    await expect(page.getByTestId('inspector').locator('li[data-provider="shared"]').first()).toBeVisible({ timeout: 5000 })
  })

  test('provider-direct, the unsolved variant: parallel refreshes get invalid_grant and the user is signed out', async ({ page }) => {
    await signInWithProvider(page, app, idp, 'provider-direct')
    await waitPastIdpExpiry()
    const grants = await refreshGrants(idp)
    await page.getByRole('button', { name: 'Send 20 requests at once' }).click()
    await expect(page.getByTestId('parallel-result')).toContainText('were sent to sign in (invalid_grant)', { timeout: 20_000 })
    const after = await refreshGrants(idp)
    expect(after.success - grants.success).toBeGreaterThanOrEqual(1)
    expect(after.invalidGrant - grants.invalidGrant).toBeGreaterThanOrEqual(1)
    // The provider revoked the whole sign-in: there is no session left to refresh.
    await page.goto(`${app.browserUrl}/demo/dashboard`)
    await expect(page).toHaveURL(/\/demo\/login\?reason=(invalid_grant|login_required)/)
  })

  test('provider down: the refresh is a 503, the cookies stay, and it resumes when the provider is back', async ({ page, request }) => {
    await signInWithProvider(page, app, idp)
    const cookie = await cookieHeaderOf(page)
    await waitPastIdpExpiry()
    await idp.admin('outage', { on: true })
    try {
      const down = await request.get(`${app.url}/demo/dashboard`, { headers: { cookie }, maxRedirects: 0 })
      expect(down.status()).toBe(503)
      expect(down.headers()['retry-after']).toBe('2')
      expect(down.headers()['set-cookie']).toBeUndefined()
      const api = await request.post(`${app.url}/api/auth/refresh`, { headers: { cookie } })
      expect(api.status()).toBe(503)
      expect((await api.json()).error).toBe('provider_unavailable')
      expect(api.headers()['set-cookie']).toBeUndefined()
    } finally {
      await idp.admin('outage', { on: false })
    }
    await page.goto(`${app.browserUrl}/demo/dashboard`)
    await expect(page.getByTestId('user')).toHaveText('Demo User')
  })

  test('sign out revokes the refresh token at the provider', async ({ page }) => {
    await signInWithProvider(page, app, idp)
    const refresh = (await page.context().cookies()).find((c) => c.name === IDP_REFRESH)!.value
    const { revocations } = await idp.stats()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/demo\/login\?reason=logged_out$/)
    expect((await idp.stats()).revocations).toBe(revocations + 1)
    // The provider refuses it now: the sign-in is over there too.
    const res = await fetch(`${app.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: `${IDP_REFRESH}=${refresh}` } })
    expect(res.status).toBe(401)
    expect((await res.json()).error).toBe('invalid_grant')
  })
})

test.describe('two instances sharing one Redis', () => {
  const skip = redisMissing()
  test.skip(!!skip, skip ?? '')
  let redis: RedisServer
  let idp: IdpServer
  let apps: NextServer[]
  test.beforeAll(async () => {
    redis = await startRedis()
    ;({ idp, apps } = await startIdpAndApps(2, { SESSION_STORE: 'redis', REDIS_URL: redis.url }))
  })
  test.afterAll(async () => {
    await Promise.all([...(apps ?? []).map((a) => a.stop()), idp?.stop()])
    await redis?.remove()
  })

  test('20 parallel requests with one expired token, split across both, make one provider refresh', async ({ page }) => {
    await signInWithProvider(page, apps[0], idp)
    const cookie = await cookieHeaderOf(page)
    await waitPastIdpExpiry()
    const grants = await refreshGrants(idp)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fetch(`${apps[i % 2].url}/demo/dashboard`, { headers: { cookie }, redirect: 'manual' }))
    )
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
    const refreshTokens = new Set(responses.map((r) => r.headers.getSetCookie().find((c) => c.startsWith(`${IDP_REFRESH}=`))?.split(';')[0]))
    expect(refreshTokens.size).toBe(1)
    expect(await refreshGrants(idp)).toEqual({ success: grants.success + 1, invalidGrant: grants.invalidGrant })
  })
})
