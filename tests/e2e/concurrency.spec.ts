import { expect, test } from '@playwright/test'
import { jar, sessionState, signedInAs, waitPastExpiry } from './demo'

type Event = { kind: string; outcome?: string; parentFp?: string; refreshFp?: string; by: string }

test('two tabs of one session refresh at the same moment: both stay signed in, one rotation', async ({ page, context }) => {
  await signedInAs(page, 'client')
  const second = await context.newPage()
  await second.goto('/demo/dashboard')
  await expect(second.getByTestId('user')).toHaveText('Demo User')
  const { events: atStart } = await sessionState(page)
  const loginFp = atStart.find((e: Event) => e.kind === 'login').refreshFp

  // Both refreshers are due at the same instant: they share the cookie jar and the deadline.
  await waitPastExpiry()
  for (const tab of [page, second]) await expect(tab.getByTestId('user')).toHaveText('Demo User')

  const { events } = await sessionState(page)
  const fromLoginToken = events.filter((e: Event) => e.kind === 'refresh' && e.parentFp === loginFp)
  // One tab refreshed; the other, once it held the lock, saw fresh cookies and did not.
  expect(fromLoginToken).toHaveLength(1)
  expect(fromLoginToken[0]).toMatchObject({ by: 'client', outcome: 'rotated' })
  expect(events.some((e: Event) => e.kind === 'refresh-failed')).toBe(false)
})

test('forward: 20 concurrent requests with the same expired access token do not log the user out', async ({ page, context }) => {
  await signedInAs(page, 'forward')
  await waitPastExpiry()

  const results = await page.evaluate(() =>
    Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await fetch('/demo/dashboard', { cache: 'no-store' })
        const html = await res.text()
        return { status: res.status, url: new URL(res.url).pathname, signedIn: html.includes('data-testid="user"') }
      })
    )
  )
  expect(results).toEqual(Array.from({ length: 20 }, () => ({ status: 200, url: '/demo/dashboard', signedIn: true })))

  const { events } = await sessionState(page)
  const refreshes = events.filter((e: Event) => e.kind === 'refresh')
  expect(refreshes.filter((e: Event) => e.outcome === 'rotated')).toHaveLength(1)
  expect(new Set(refreshes.map((e: Event) => e.refreshFp)).size).toBe(1) // one successor for all
  expect(events.some((e: Event) => e.kind === 'refresh-failed')).toBe(false)

  // And the session goes on: the next expiry rotates again.
  await waitPastExpiry()
  await page.goto('/demo/dashboard')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  expect((await jar(context)).refresh).toBeDefined()
})
