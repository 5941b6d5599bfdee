import { expect, test, type Page } from '@playwright/test'
import { sessionState, signedInAs, waitPastExpiry } from './demo'

// The compare page's rows "client navigations and prefetches" and "server-action POSTs after
// expiry", per strategy. Next 14.2 runs middleware for a <Link> prefetch as for a navigation (the
// request only carries RSC and Next-Router-Prefetch headers), so a prefetch after expiry
// refreshes. The demo's own links to the dashboard do not prefetch (pages/sign-out.mdx says why),
// so the test sends the request a prefetching <Link> sends.

interface Event {
  kind: string
  at: number
  by: string
  outcome?: string
}

async function eventsSince(page: Page, since: number): Promise<Event[]> {
  const { events } = await sessionState(page)
  return (events as Event[]).filter((e) => e.at >= since)
}

for (const flow of ['forward', 'redirect', 'client'] as const) {
  test(`${flow}: a prefetch after expiry, then the navigation: one rotation, no logout`, async ({ page }) => {
    await signedInAs(page, flow)
    await page.getByRole('link', { name: 'Demo overview' }).click()
    await waitPastExpiry()
    const since = Date.now()
    const prefetch = await page.evaluate(async () => {
      const res = await fetch('/demo/dashboard?_rsc=prefetch', { headers: { RSC: '1', 'Next-Router-Prefetch': '1' } })
      return { status: res.status, path: new URL(res.url).pathname }
    })
    expect(prefetch).toEqual({ status: 200, path: '/demo/dashboard' })
    await page.getByRole('link', { name: 'Open the dashboard' }).click()
    await expect(page.getByTestId('user')).toHaveText('Demo User')
    await expect.poll(async () => (await eventsSince(page, since)).filter((e) => e.kind === 'refresh').length).toBe(1)
    const events = await eventsSince(page, since)
    expect(events.filter((e) => e.kind === 'refresh-failed')).toEqual([])
    expect(events.find((e) => e.kind === 'refresh')).toMatchObject({ outcome: 'rotated' })
  })
}

test('forward: a server action posted after expiry is refreshed on its way in, once', async ({ page }) => {
  await signedInAs(page, 'forward')
  await waitPastExpiry()
  const since = Date.now()
  await page.getByRole('button', { name: 'Ask a server action' }).click()
  await expect(page.getByTestId('action-saw')).toContainText('(active)')
  const refreshes = (await eventsSince(page, since)).filter((e) => e.kind.startsWith('refresh'))
  expect(refreshes).toMatchObject([{ kind: 'refresh', by: 'middleware', outcome: 'rotated' }])
})

test('redirect: a server action posted after expiry is not redirected (its body would be lost): it sees the expired session, and the next navigation refreshes', async ({ page }) => {
  await signedInAs(page, 'redirect')
  await waitPastExpiry()
  const since = Date.now()
  await page.getByRole('button', { name: 'Ask a server action' }).click()
  await expect(page.getByTestId('action-saw')).toHaveText('It saw no live access token (expired).')
  expect((await eventsSince(page, since)).filter((e) => e.kind.startsWith('refresh'))).toEqual([])
  await page.goto('/demo/dashboard')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  expect((await eventsSince(page, since)).filter((e) => e.kind.startsWith('refresh'))).toMatchObject([{ kind: 'refresh', by: 'redirect', outcome: 'rotated' }])
})

test('client: the refresher renews before expiry, so a server action posted later finds a live token', async ({ page }) => {
  await signedInAs(page, 'client')
  await waitPastExpiry()
  await page.getByRole('button', { name: 'Ask a server action' }).click()
  await expect(page.getByTestId('action-saw')).toContainText('(active)')
})
