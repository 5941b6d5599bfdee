import { expect, test } from '@playwright/test'
import { fingerprint, hashToken } from '../../lib/node/refresh-token'
import { jar, jtiOf, serverJti, signedInAs, waitPastExpiry } from './demo'

// The forward strategy refreshes inside the very request that arrived with the expired token.
// Every reader of that request must see the new token, not only cookies(): a route handler under
// the matcher, headers() (as headers()-based libraries read it) and a server action too.

test('forward: a route handler reached with an expired token sees the new one, through req.cookies, headers() and cookies()', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const before = jtiOf((await jar(context)).access!.value)
  await waitPastExpiry()
  const res = await page.request.get('/demo/dashboard/readers')
  expect(res.status()).toBe(200)
  const seen = await res.json()
  const { access, refresh } = await jar(context)
  const after = jtiOf(access!.value)
  expect(after).not.toBe(before)
  // And the refresh token it went on with is the new one the browser now holds.
  expect(seen).toEqual({ refreshFp: fingerprint(hashToken(refresh!.value)), requestCookies: after, headersCookie: after, cookiesApi: after })
})

test('forward: the page reads the new token through cookies() and headers() alike', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  await waitPastExpiry()
  await page.goto('/demo/dashboard')
  const after = jtiOf((await jar(context)).access!.value)
  expect(await serverJti(page)).toBe(after)
  await expect(page.getByTestId('header-jti')).toHaveText(after)
})

test('forward: a server action posted with an expired token sees the new one', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  const before = await serverJti(page)
  await waitPastExpiry()
  await page.getByRole('button', { name: 'Ask a server action' }).click()
  await expect(page.getByTestId('action-saw')).toContainText('(active)')
  const after = jtiOf((await jar(context)).access!.value)
  expect(after).not.toBe(before)
  await expect(page.getByTestId('action-saw')).toHaveText(`It saw access token ${after} (active).`)
})
