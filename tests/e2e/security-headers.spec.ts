import { expect, test } from '@playwright/test'
import { createServer } from 'node:http'
import { securityHeaders } from '../../lib/security-headers.mjs'
import { watchConsole } from './console'
import { signedInAs } from './demo'
import { freePort } from '../../scripts/servers.mjs'

// Every page and route carries the security headers of lib/security-headers.mjs, and the site
// works under them: no Content-Security-Policy violation anywhere (tests/e2e/console.ts reports
// them in every test that watches the console; here the demo's whole flow is walked under it).

const expected = Object.fromEntries(securityHeaders().map(({ key, value }) => [key.toLowerCase(), value]))

for (const route of ['/', '/broken-flow', '/demo', '/demo/login', '/api/auth/session', '/diagrams/does-not-exist.svg']) {
  test(`${route} carries the security headers`, async ({ request }) => {
    const res = await request.get(route, { maxRedirects: 0 })
    const headers = res.headers()
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    const csp = headers['content-security-policy']
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "default-src 'self'", "connect-src 'self'"]) {
      expect(csp, route).toContain(directive)
    }
    // The same policy as the file the Security checklist shows, but for the sandboxes' preview host.
    expect(csp.replace(/frame-src [^;]+/, '').replace(/form-action [^;]+/, '')).toBe(
      expected['content-security-policy'].replace(/frame-src [^;]+/, '').replace(/form-action [^;]+/, '')
    )
  })
}

test('the dashboard, signed in, carries them too, and the whole demo flow runs with no CSP violation', async ({ page }) => {
  const problems = watchConsole(page)
  await signedInAs(page, 'client')
  const res = await page.reload()
  expect(res!.headers()['x-frame-options']).toBe('DENY')
  await page.getByRole('radio', { name: /^forward/ }).check()
  await page.getByRole('button', { name: 'Use this strategy' }).click()
  await expect(page.getByText('with the forward strategy')).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/reason=logged_out/)
  expect(problems).toEqual([])
})

test('another site cannot frame the sign-in page', async ({ page, baseURL }) => {
  // Another origin on this machine (Chromium refuses a public page framing a local one anyway,
  // before our header is even asked; a local one shows that the header is what refuses it).
  const attacker = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html')
    res.end(`<iframe src="${baseURL}/demo/login" title="framed"></iframe>`)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => attacker.listen(port, '127.0.0.1', resolve))
  try {
    const messages: string[] = []
    page.on('console', (msg) => messages.push(msg.text()))
    await page.goto(`http://127.0.0.1:${port}/`)
    await expect
      .poll(() => messages.join('\n'))
      .toContain(`Framing '${new URL(baseURL!).origin}/' violates the following Content Security Policy directive: "frame-ancestors 'none'". The request has been blocked.`)
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Sign in' })).toHaveCount(0)
  } finally {
    await new Promise((resolve) => attacker.close(resolve))
  }
})
