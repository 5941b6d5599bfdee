import { expect, test } from '@playwright/test'
import { GRACE_MS, jar, signedInAs, sleep } from './demo'

// The dashboard's lab: each control causes its case for real on this server, and the guide's
// outcome follows (components/demo/LabControls.tsx, app/demo/api/lab).

const expireNow = async (page: import('@playwright/test').Page) => {
  await page.getByRole('button', { name: 'Expire the access token now' }).click()
  await expect(page.getByTestId('lab-result')).toContainText('Your access token has expired')
}

test('expire now, under forward: the next load is refreshed in that same request', async ({ page }) => {
  await signedInAs(page, 'forward')
  const before = await page.getByTestId('server-jti').textContent()
  await expireNow(page)
  expect((await jar(page.context())).access?.value).not.toBe(undefined)
  await page.reload()
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  const after = await page.getByTestId('server-jti').textContent()
  expect(after).not.toBe(before)
  expect(after).not.toMatch(/-expired$/)
})

test('expire now, then 20 parallel requests: one rotation, nobody signed out', async ({ page }) => {
  await signedInAs(page, 'forward')
  const refreshBefore = (await jar(page.context())).refresh?.value
  await expireNow(page)
  await page.getByRole('button', { name: 'Send 20 requests at once' }).click()
  await expect(page.getByTestId('parallel-result')).toContainText('20 of 20 were answered signed in, with one refresh token and', { timeout: 20_000 })
  expect((await jar(page.context())).refresh?.value).not.toBe(refreshBefore)
})

test('replay the previous refresh token: within the grace window it is forgiven, after it the session ends with reuse_detected', async ({ page, baseURL }) => {
  await signedInAs(page, 'forward')
  const replay = page.getByRole('button', { name: 'Replay the previous refresh token' })
  await replay.click()
  await expect(page.getByTestId('lab-result')).toContainText('No refresh token has been replaced in this browser yet')
  await expireNow(page)
  await page.reload() // the rotation: the browser now holds the successor, and the lab the token it replaced
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  await replay.click()
  await expect(page.getByTestId('lab-result')).toContainText('Within the grace window')
  const successor = (await jar(page.context())).refresh!
  await sleep(GRACE_MS + 500)
  await replay.click()
  await expect(page).toHaveURL(/\/demo\/login\?reason=reuse_detected$/)
  // Revoked for real: the successor the browser held until then is refused too.
  const res = await fetch(`${baseURL}/api/auth/refresh`, { method: 'POST', headers: { cookie: `${successor.name}=${successor.value}` } })
  expect(res.status).toBe(401)
  expect((await res.json()).error).toMatch(/^(reuse_detected|session_revoked)$/)
})

test('open a second tab: both are signed in to the same session', async ({ page, context }) => {
  await signedInAs(page, 'client')
  const [second] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open this dashboard in a second tab' }).click()])
  await expect(second.getByTestId('user')).toHaveText('Demo User')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
})

test('the lab routes refuse a cross-site request and a request without a session', async ({ request, baseURL }) => {
  for (const path of ['/demo/api/lab/expire', '/demo/api/lab/replay']) {
    const crossSite = await request.post(path, { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })
    expect(crossSite.status(), path).toBe(403)
    const none = await request.post(path, { headers: { origin: baseURL! } })
    expect(none.status(), path).toBe(409)
  }
})

test('what each party holds: cookie names and flags, the token decoded, what the server accepts, never a token value', async ({ page }) => {
  await signedInAs(page, 'forward')
  const holdings = page.getByTestId('holdings')
  await expect(holdings.getByTestId('holdings-cookies')).toContainText('__Host-cf_access: sent with the last request (HttpOnly; Secure; SameSite=Lax; Path=/)')
  await expect(holdings.getByTestId('holdings-cookies')).toContainText('__Host-cf_refresh: sent with the last request')
  await expect(holdings.getByTestId('holdings-header')).toContainText('"alg": "ES256"')
  const jti = await page.getByTestId('server-jti').textContent()
  await expect(holdings.getByTestId('holdings-claims')).toContainText(`"jti": "${jti}"`)
  await expect(holdings.getByTestId('holdings-expects')).toContainText('cookie-flow-demo')
  const { access, refresh } = await jar(page.context())
  const text = await page.locator('body').textContent()
  expect(text).not.toContain(access!.value)
  expect(text).not.toContain(refresh!.value)
  // The live view follows the cookie: expired now, it shows the expired token and says so.
  await expireNow(page)
  await expect(holdings.getByTestId('holdings-claims')).toContainText('-expired"', { timeout: 5000 })
  await expect(holdings.getByTestId('countdown')).toContainText('expired')
})
