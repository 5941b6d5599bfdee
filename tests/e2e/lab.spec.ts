import { expect, test } from '@playwright/test'
import { GRACE_MS, TTL_MS, jar, sessionState, signedInAs, sleep, waitPastExpiry } from './demo'

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

type Event = { kind: string; by: string; at: number; parentFp?: string; refreshFp?: string; outcome?: string }

test('open a second tab, client strategy: one refresh per expiry, and both tabs take the new token', async ({ page, context }) => {
  await signedInAs(page, 'client')
  const [second] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open this dashboard in a second tab' }).click()])
  await expect(second.getByTestId('user')).toHaveText('Demo User')
  const { events: atStart } = await sessionState(page)
  const loginFp = atStart.find((e: Event) => e.kind === 'login').refreshFp
  const before = await page.getByTestId('server-jti').textContent()

  await waitPastExpiry()
  // Each tab re-rendered with a token minted after `before`, and it is the same one in both.
  for (const tab of [page, second]) await expect(tab.getByTestId('server-jti')).not.toHaveText(before!)
  await expect(async () => {
    const [a, b] = await Promise.all([page.getByTestId('server-jti').textContent(), second.getByTestId('server-jti').textContent()])
    expect(a).toBe(b)
  }).toPass({ timeout: 5000 })
  const { events } = await sessionState(page)
  const fromLogin = events.filter((e: Event) => e.kind === 'refresh' && e.parentFp === loginFp)
  expect(fromLogin).toHaveLength(1)
  expect(fromLogin[0]).toMatchObject({ by: 'client', outcome: 'rotated' })
  expect(events.some((e: Event) => e.kind === 'refresh-failed')).toBe(false)
})

test('sleep the tab, client strategy: nothing refreshes while it sleeps; on waking it refreshes at once', async ({ page }) => {
  await signedInAs(page, 'client')
  const clientRefreshes = async () => (await sessionState(page)).events.filter((e: Event) => e.kind === 'refresh' && e.by === 'client') as Event[]
  const sleepButton = page.getByRole('button', { name: /^Sleep this tab for \d+ s$/ })
  const sleepMs = Number((await sleepButton.textContent())!.match(/(\d+) s$/)![1]) * 1000
  expect(sleepMs).toBeGreaterThan(TTL_MS) // the token expires while the tab sleeps
  const clickedAt = Date.now()
  await sleepButton.click()
  await expect(page.getByTestId('lab-result')).toContainText('Asleep until')

  // Past the token's whole lifetime: awake, the refresher would have renewed it by now.
  await waitPastExpiry()
  await expect(page.getByTestId('live-status')).toHaveText('expired')
  await expect(page.getByTestId('lab-result')).toContainText('Awake at', { timeout: sleepMs })
  await expect(page.getByTestId('live-status')).toHaveText('active')
  await expect(page.getByTestId('user')).toHaveText('Demo User')

  // A refresh already in flight at the click may land just after it; then none until the wake,
  // and the first one right after it.
  const wokeAt = clickedAt + sleepMs
  const after = (await clientRefreshes()).filter((e) => e.at > clickedAt + 500)
  expect(after.length).toBeGreaterThan(0)
  expect(after[0].at).toBeGreaterThanOrEqual(wokeAt - 200)
  expect(after[0].at).toBeLessThan(wokeAt + 2000)
})

test('the sleep control is offered only where the tab refreshes (client strategy)', async ({ page }) => {
  await signedInAs(page, 'forward')
  await expect(page.getByRole('button', { name: /^Sleep this tab/ })).toHaveCount(0)
  await expect(page.getByText('Sleeping the tab matters with the client strategy')).toBeVisible()
})

// With the client strategy the middleware never refreshes, so a reload during the outage reaches
// the page (forward's middleware would answer its own 503 first: tests/e2e/instances.spec.ts).
test('take the session store down: a 503 that keeps the session, for this session only; bring it back and the same session refreshes', async ({ page, browser }) => {
  await signedInAs(page, 'client')
  await page.getByRole('button', { name: 'Take the session store down' }).click()
  // The refresher may re-render the page into its outage notice meanwhile; the result stays.
  await expect(page.getByTestId('lab-result')).toContainText('A refresh just now was answered 503 store_unavailable, Retry-After: 2 s')
  const during = await jar(page.context())
  const refused = await page.evaluate(async () => {
    const res = await fetch('/api/auth/refresh', { method: 'POST', headers: { accept: 'application/json' } })
    return { status: res.status, retryAfter: res.headers.get('retry-after'), error: (await res.json()).error }
  })
  expect(refused).toEqual({ status: 503, retryAfter: '2', error: 'store_unavailable' })

  // Another reader's session is not affected.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await signedInAs(otherPage, 'forward')
  await other.close()

  // Past expiry: the refresher tries, is answered 503, and keeps the cookies.
  await waitPastExpiry()
  await page.reload()
  await expect(page.getByRole('alert').filter({ hasText: 'session store' })).toContainText('The session store is unavailable, so your session cannot be checked right now.')
  await expect(page).toHaveURL(/\/demo\/dashboard$/)
  const after = await jar(page.context())
  expect(after.refresh?.value).toBe(during.refresh?.value)
  expect(after.access?.value).toBe(during.access?.value)

  await page.getByRole('button', { name: 'Bring the session store back' }).click()
  await expect(page.getByTestId('lab-result')).toContainText('The store is back. A refresh just now was answered 200 (rotated)')
  await page.reload()
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  expect((await jar(page.context())).refresh?.value).not.toBe(during.refresh?.value)
})

test('the lab routes refuse a cross-site request and a request without a session', async ({ request, baseURL }) => {
  for (const path of ['/demo/api/lab/expire', '/demo/api/lab/replay', '/demo/api/lab/store-outage']) {
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
