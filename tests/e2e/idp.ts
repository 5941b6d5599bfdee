import { expect, type Page } from '@playwright/test'
import { e2eIdpPort, freePort, startIdp, startNext, type IdpServer, type NextServer } from '../../scripts/servers.mjs'
import { CLOCK_TOLERANCE_S } from '../../lib/edge/jwt-config'
import { sleep } from './demo'
import type { SignInWay } from './fresh-app'

// The identity provider's tests: a real provider (scripts/idp) and `next start` instances of this
// build pointed at it, each on a port chosen first, since the provider must know every callback.
// The provider listens where the build expects it (its origin is in the CSP: scripts/test.mjs).

export const IDP_ACCESS_TTL_S = 3
export const IDP_ACCESS = '__Host-cf_idp_access'
export const IDP_REFRESH = '__Host-cf_idp_refresh'
const SECRET = 'e2e-client-secret-0123456789'
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789'

export const waitPastIdpExpiry = () => sleep(IDP_ACCESS_TTL_S * 1000 + CLOCK_TOLERANCE_S * 1000 + 300)

/** A provider that sends its users back to `callbacks` (scripts/idp), on `port` if given. */
export function startTestIdp(callbacks: string[], port?: number) {
  return startIdp({ ...(port ? { IDP_PORT: String(port) } : {}), IDP_CLIENT_SECRET: SECRET, IDP_REDIRECT_URIS: callbacks.join(','), IDP_ACCESS_TTL: String(IDP_ACCESS_TTL_S), IDP_ADMIN_TOKEN: ADMIN_TOKEN })
}

/** What an app needs to be the provider's client, with its callback URL. */
export const clientEnv = (idp: IdpServer, callback: string) => ({
  IDP_ISSUER: idp.issuer,
  IDP_CLIENT_ID: 'cookie-flow',
  IDP_CLIENT_SECRET: SECRET,
  IDP_REDIRECT_URI: callback,
  IDP_AUDIENCE: 'urn:cookie-flow:api'
})

export const callbackAt = (port: number) => `http://localhost:${port}/api/auth/idp/callback`

/** A provider and `count` app instances that trust it, with `env` added to each app's. */
export async function startIdpAndApps(count: number, env: Record<string, string> = {}): Promise<{ idp: IdpServer; apps: NextServer[] }> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()))
  const idp = await startTestIdp(ports.map(callbackAt), e2eIdpPort())
  try {
    const apps = await Promise.all(ports.map((port) => startNext({ ...clientEnv(idp, callbackAt(port)), ...env }, { port })))
    return { idp, apps }
  } catch (error) {
    await idp.stop()
    throw error
  }
}

/** On the provider's sign-in form: the demo user, then back to the app. */
async function fillProviderForm(page: Page, idp: IdpServer) {
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`))
  await page.getByLabel('Username').fill('demo')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** From the demo's sign-in page, through the provider's form, back to the dashboard. */
export async function signInWithProvider(page: Page, app: NextServer, idp: IdpServer, flow = 'forward') {
  await page.goto(`${app.browserUrl}/demo/login?flow=${flow}`)
  await page.getByRole('button', { name: 'Sign in with the identity provider' }).click()
  await fillProviderForm(page, idp)
  await expect(page).toHaveURL(`${app.browserUrl}/demo/dashboard`)
  await expect(page.getByTestId('user')).toHaveText('Demo User')
}

/** A reader's app built from the recipe: its sign-in page has only the provider's button. */
export const providerSignIn = (idp: IdpServer): SignInWay => ({
  async signIn(page, url) {
    await page.goto(`${url}/demo/dashboard`)
    await expect(page).toHaveURL(/\/demo\/login\?reason=login_required/)
    await page.getByRole('button', { name: 'Sign in with the identity provider' }).click()
    await fillProviderForm(page, idp)
  },
  accessCookie: IDP_ACCESS,
  refreshCookie: IDP_REFRESH,
  waitPastExpiry: waitPastIdpExpiry,
  idleMs: IDP_ACCESS_TTL_S * 2000 + 1500
})

/** The browser's cookies for `app`, as one `cookie` header. */
export async function cookieHeaderOf(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
}

/** How many refresh grants the provider has answered, by outcome. */
export async function refreshGrants(idp: IdpServer) {
  const { success = 0, invalid_grant: invalidGrant = 0 } = (await idp.stats()).grants.refresh_token ?? {}
  return { success, invalidGrant }
}
