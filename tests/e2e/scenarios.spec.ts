import { expect, test } from '@playwright/test'
import { signedInAs } from './demo'

// A guide page's "See it live" link opens the dashboard on its case (lib/demo/edge/scenarios.ts):
// signed out, through sign-in with the right strategy preselected; signed in with another
// strategy, with one button to switch.

const signedInNotice = (page: import('@playwright/test').Page) => page.locator('p', { hasText: 'Signed in as' })
const liveLink = (page: import('@playwright/test').Page) => page.getByRole('link', { name: 'Open the demo on this case' })

test('signed out: the broken flow page’s link signs in with the broken strategy and lands on its case', async ({ page }) => {
  await page.goto('/broken-flow')
  await liveLink(page).click()
  await expect(page).toHaveURL(/\/demo\/login\?/)
  await expect(page.getByRole('radio', { name: /^broken/ })).toBeChecked()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/demo\/dashboard\?scenario=lost-cookie$/)
  const scenario = page.getByTestId('scenario')
  await expect(scenario.getByRole('heading')).toHaveText('Scenario: The broken flow: new tokens, lost')
  await expect(scenario.getByRole('button', { name: /^Switch to/ })).toHaveCount(0)
  await expect(signedInNotice(page)).toContainText('with the broken strategy')
  await expect(scenario.getByRole('link', { name: '← Back to the guide' })).toHaveAttribute('href', '/broken-flow')
})

test('signed in with another strategy: the link offers one switch, and the case’s controls follow', async ({ page }) => {
  await signedInAs(page, 'forward')
  await page.goto('/fixes/client-refresher')
  await liveLink(page).click()
  await expect(page).toHaveURL(/\/demo\/dashboard\?scenario=client-tabs$/)
  const scenario = page.getByTestId('scenario')
  await expect(scenario).toContainText('It runs with the client strategy; this session uses forward.')
  // Opening the link alone changed nothing.
  await expect(signedInNotice(page)).toContainText('with the forward strategy')
  await scenario.getByRole('button', { name: 'Switch to client' }).click()
  await expect(signedInNotice(page)).toContainText('with the client strategy')
  await expect(scenario.getByRole('button', { name: /^Switch to/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Sleep this tab/ })).toBeVisible()
})

test('a case that needs the identity provider says so to a session signed in with demo / demo', async ({ page }) => {
  await signedInAs(page, 'forward')
  await page.goto('/demo/dashboard?scenario=provider-parallel')
  await expect(page.getByTestId('scenario')).toContainText('This one needs tokens from the identity provider.')
  await expect(page.getByTestId('scenario').getByRole('link', { name: 'sign in that way' })).toHaveAttribute('href', '/demo/login?flow=provider-direct')
})

test('an unknown case is ignored: the dashboard shows as usual', async ({ page }) => {
  await signedInAs(page, 'forward')
  await page.goto('/demo/dashboard?scenario=%3Cscript%3E')
  await expect(page.getByTestId('user')).toHaveText('Demo User')
  await expect(page.getByTestId('scenario')).toHaveCount(0)
})
