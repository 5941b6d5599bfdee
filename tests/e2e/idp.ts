import { expect, type Page } from '@playwright/test'
import { e2eIdpPort, freePort, startIdp, startNext, type IdpServer, type NextServer } from '../../scripts/servers.mjs'
import { CLOCK_TOLERANCE_S } from '../../lib/edge/jwt-config'
import { sleep } from './demo'

// The identity provider's tests: a real provider (scripts/idp) and `next start` instances of this
// build pointed at it, each on a port chosen first, since the provider must know every callback.
// The provider listens where the build expects it (its origin is in the CSP: scripts/test.mjs).

export const IDP_ACCESS_TTL_S = 3
export const IDP_ACCESS = '__Host-cf_idp_access'
export const IDP_REFRESH = '__Host-cf_idp_refresh'
const SECRET = 'e2e-client-secret-0123456789'
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789'

export const waitPastIdpExpiry = () => sleep(IDP_ACCESS_TTL_S * 1000 + CLOCK_TOLERANCE_S * 1000 + 300)

/** A provider and `count` app instances that trust it, with `env` added to each app's. */
export async function startIdpAndApps(count: number, env: Record<string, string> = {}): Promise<{ idp: IdpServer; apps: NextServer[] }> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()))
  const callbacks = ports.map((port) => `http://localhost:${port}/api/auth/idp/callback`)
  const idp = await startIdp({ IDP_PORT: String(e2eIdpPort()), IDP_CLIENT_SECRET: SECRET, IDP_REDIRECT_URIS: callbacks.join(','), IDP_ACCESS_TTL: String(IDP_ACCESS_TTL_S), IDP_ADMIN_TOKEN: ADMIN_TOKEN })
  const appEnv = (callback: string) => ({
    IDP_ISSUER: idp.issuer,
    IDP_CLIENT_ID: 'cookie-flow',
    IDP_CLIENT_SECRET: SECRET,
    IDP_REDIRECT_URI: callback,
    IDP_AUDIENCE: 'urn:cookie-flow:api',
    ...env
  })
  try {
    const apps = await Promise.all(ports.map((port, i) => startNext(appEnv(callbacks[i]), { port })))
    return { idp, apps }
  } catch (error) {
    await idp.stop()
    throw error
  }
}

/** From the demo's sign-in page, through the provider's form, back to the dashboard. */
export async function signInWithProvider(page: Page, app: NextServer, idp: IdpServer, flow = 'forward') {
  await page.goto(`${app.browserUrl}/demo/login?flow=${flow}`)
  await page.getByRole('button', { name: 'Sign in with the identity provider' }).click()
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`))
  await page.getByLabel('Username').fill('demo')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${app.browserUrl}/demo/dashboard`)
  await expect(page.getByTestId('user')).toHaveText('Demo User')
}

/** The browser's cookies for `app`, as one `cookie` header. */
export async function cookieHeaderOf(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
}

/** How many refresh grants the provider has answered, by outcome. */
export async function refreshGrants(idp: IdpServer) {
  const { success = 0, invalid_grant: invalidGrant = 0 } = (await idp.stats()).grants.refresh_token ?? {}
  return { success, invalidGrant }
}
