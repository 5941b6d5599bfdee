import { expect, type BrowserContext, type Page } from '@playwright/test'
import { CLOCK_TOLERANCE_S } from '../../lib/edge/jwt-config'
import { E2E_ENV } from '../../playwright.config'

// Production cookie names: `next start` runs with NODE_ENV=production.
export const ACCESS = '__Host-cf_access'
export const REFRESH = '__Host-cf_refresh'
export const FLOW = '__Host-cf_flow'
export const TTL_MS = Number(E2E_ENV.ACCESS_TOKEN_TTL) * 1000
export const GRACE_MS = Number(E2E_ENV.REFRESH_REUSE_GRACE) * 1000

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// `exp` is whole seconds and verification allows CLOCK_TOLERANCE_S, so a token issued at t is
// still accepted until at most t + TTL + tolerance. Wait past that, not just past the TTL.
export const waitPastExpiry = () => sleep(TTL_MS + CLOCK_TOLERANCE_S * 1000 + 300)

export async function signIn(page: Page, flow: string, returnTo?: string) {
  const query = new URLSearchParams({ flow, ...(returnTo ? { return_to: returnTo } : {}) })
  await page.goto(`/demo/login?${query}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

export async function signedInAs(page: Page, flow: string) {
  await signIn(page, flow)
  await expect(page).toHaveURL(/\/demo\/dashboard$/)
  await expect(page.getByTestId('user')).toHaveText('Demo User')
}

export async function jar(context: BrowserContext) {
  const cookies = await context.cookies()
  const get = (name: string) => cookies.find((c) => c.name === name)
  return { access: get(ACCESS), refresh: get(REFRESH), flow: get(FLOW) }
}

export function jtiOf(jwt: string | undefined): string {
  const payload = JSON.parse(Buffer.from(jwt!.split('.')[1], 'base64url').toString())
  return payload.jti
}

export function serverJti(page: Page) {
  return page.getByTestId('server-jti').textContent()
}

/** The demo's inspector route, fetched by the browser itself, with its real cookies: the session and its events. */
export function sessionState(page: Page) {
  return page.evaluate(async () => (await fetch('/demo/api/inspector')).json())
}
