import { expect, test, type APIRequestContext } from '@playwright/test'
import { SignJWT, base64url, generateKeyPair, importPKCS8 } from 'jose'
import { envLocal } from '../support/env-local'
import { apiSignIn, cookieHeader, expectCleanError, setCookies, type Jar } from './api'
import { ACCESS, FLOW, GRACE_MS, REFRESH, signIn, sleep } from './demo'

// Every bad input gets a clear, non-5xx answer and leaks nothing. Requests carry explicit
// cookies, like an attacker's client would.

const dashboard = (request: APIRequestContext, jar: Jar, headers: Record<string, string> = {}) =>
  request.get('/demo/dashboard', { headers: { cookie: cookieHeader(jar), ...headers }, maxRedirects: 0 })

async function expectSentToLogin(request: APIRequestContext, jar: Jar, reason: string, headers?: Record<string, string>) {
  const res = await dashboard(request, jar, headers)
  expect(res.status()).toBe(303)
  expect(res.headers().location).toMatch(new RegExp(`/demo/login\\?reason=${reason}&return_to=%2Fdemo%2Fdashboard$`))
  const cleared = setCookies(res)
  expect(cleared[ACCESS]).toBe('')
  expect(cleared[REFRESH]).toBe('')
  return res
}

async function signedWith(claims: { iss?: string; aud?: string }, key?: CryptoKey) {
  const signingKey = key ?? (await importPKCS8(envLocal('AUTH_PRIVATE_KEY'), 'ES256'))
  return new SignJWT({ sid: 'sid', name: 'Mallory' })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(claims.iss ?? 'cookie-flow')
    .setAudience(claims.aud ?? 'cookie-flow-demo')
    .setSubject('user_demo')
    .setJti('forged')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(signingKey)
}

test('no cookie at all: sent to sign in', async ({ request }) => {
  await expectSentToLogin(request, {}, 'login_required')
})

test('an access token that is garbage, tampered, alg none, from another key, issuer or audience, or oversized', async ({ request }) => {
  const real = await apiSignIn(request)
  const [h, p, s] = real[ACCESS].split('.')
  const none = `${base64url.encode('{"alg":"none","typ":"JWT"}')}.${p}.`
  const forged: [string, string][] = [
    ['garbage', 'garbage'],
    ['tampered signature', `${h}.${p}.${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`],
    ['tampered payload', `${h}.${base64url.encode(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(base64url.decode(p))), sub: 'admin' }))}.${s}`],
    ['alg none', none],
    ['another key', await signedWith({}, (await generateKeyPair('ES256')).privateKey)],
    ['another issuer', await signedWith({ iss: 'evil' })],
    ['another audience', await signedWith({ aud: 'evil' })],
    ['oversized', 'e'.repeat(5000)]
  ]
  for (const [, token] of forged) await expectSentToLogin(request, { ...real, [ACCESS]: token }, 'invalid_token')
  // The real one still works: nothing was lost on the way.
  expect((await dashboard(request, real)).status()).toBe(200)
})

test('a cookie header too large for the server is refused with 431, not a crash', async ({ request }) => {
  const res = await dashboard(request, { big: 'x'.repeat(20_000) })
  expect(res.status()).toBe(431)
})

test('a reused refresh token after the grace window revokes the family; both copies die', async ({ request }) => {
  const first = await apiSignIn(request)
  const refresh = (jar: Jar) => request.post('/api/auth/refresh', { headers: { cookie: cookieHeader(jar) } })
  const rotated = await refresh(first)
  expect(rotated.status()).toBe(200)
  const second = { ...first, ...setCookies(rotated) }
  await sleep(GRACE_MS + 500)
  await expectCleanError(await refresh(first), 401, 'reuse_detected')
  await expectCleanError(await refresh(second), 401, 'reuse_detected')
  // By now its access token has expired too: the middleware tries to refresh, and is refused.
  await expectSentToLogin(request, second, 'reuse_detected')
})

test('after logout, a still-valid access token passes the middleware but the page refuses it', async ({ request }) => {
  const jar = await apiSignIn(request)
  const out = await request.post('/api/auth/logout', { headers: { cookie: cookieHeader(jar) } })
  expect(await out.json()).toEqual({ ok: true, wasSignedIn: true })
  // The JWT is still within its lifetime, so only the store knows the session is gone.
  const res = await dashboard(request, jar)
  expect(res.status()).toBe(307)
  expect(res.headers().location).toBe('/demo/login?reason=logged_out&return_to=/demo/dashboard')
  await expectCleanError(await request.post('/api/auth/refresh', { headers: { cookie: cookieHeader(jar) } }), 401, 'session_revoked')
})

test('an unknown flow: in the cookie, sent to sign in and the cookie dropped; at login, a 400', async ({ request }) => {
  const jar = await apiSignIn(request)
  const res = await expectSentToLogin(request, { ...jar, [FLOW]: 'sideways' }, 'unknown_flow')
  expect(setCookies(res)[FLOW]).toBe('')
  const login = await request.post('/api/auth/login', { data: { username: 'demo', password: 'demo', flow: 'sideways' } })
  const body = await expectCleanError(login, 400, 'unknown_flow')
  expect(body.message).toBe('flow must be one of: broken, forward, redirect, client.')
})

for (const target of ['//evil.example', 'https://evil.example', '/\\evil.example', '/.//evil.example', '/a/..//evil.example', '/\\/evil.example']) {
  test(`return_to=${target} is refused: no open redirect`, async ({ request, page }) => {
    const jar = await apiSignIn(request)
    const res = await request.get(`/api/auth/refresh?return_to=${encodeURIComponent(target)}`, {
      headers: { cookie: cookieHeader(jar) },
      maxRedirects: 0
    })
    await expectCleanError(res, 400, 'bad_return_to')
    // The login form ignores it and lands on the dashboard.
    await signIn(page, 'forward', target)
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/demo\/dashboard$/)
  })
}

for (const route of ['/api/auth/refresh', '/api/auth/logout', '/api/auth/login']) {
  test(`a cross-site POST to ${route} is refused and changes nothing`, async ({ request }) => {
    const jar = await apiSignIn(request)
    const post = (headers: Record<string, string>) =>
      request.post(route, { headers: { cookie: cookieHeader(jar), ...headers }, data: { username: 'demo', password: 'demo', flow: 'forward' } })
    await expectCleanError(await post({ origin: 'https://evil.example' }), 403, 'cross_site')
    await expectCleanError(await post({ 'sec-fetch-site': 'cross-site' }), 403, 'cross_site')
    await expectCleanError(await post({ 'sec-fetch-site': 'same-site' }), 403, 'cross_site')
    expect((await dashboard(request, jar)).status()).toBe(200) // the session survived
  })
}

test('x-middleware-subrequest does not skip the middleware (CVE-2025-29927)', async ({ request }) => {
  for (const value of ['middleware', 'middleware:middleware:middleware:middleware:middleware', 'src/middleware']) {
    await expectSentToLogin(request, {}, 'login_required', { 'x-middleware-subrequest': value })
  }
})

test('login: bad JSON, wrong content type and wrong password get clear answers', async ({ request }) => {
  await expectCleanError(await request.post('/api/auth/login', { headers: { 'content-type': 'application/json' }, data: '{nope' }), 400, 'bad_json')
  await expectCleanError(await request.post('/api/auth/login', { form: { username: 'demo' } }), 415, 'bad_content_type')
  const wrong = await request.post('/api/auth/login', { data: { username: 'demo', password: 'nope', flow: 'forward' }, headers: { 'x-forwarded-for': '198.51.100.1' } })
  await expectCleanError(wrong, 401, 'bad_credentials')
})

test('login rate limit: after 10 failures from one address, 429 with Retry-After, even for the right password', async ({ request }) => {
  const from = { 'x-forwarded-for': '203.0.113.77' }
  const attempt = (password: string) => request.post('/api/auth/login', { headers: from, data: { username: 'demo', password, flow: 'forward' } })
  for (let i = 0; i < 10; i++) expect((await attempt('wrong')).status()).toBe(401)
  const limited = await attempt('demo')
  await expectCleanError(limited, 429, 'rate_limited')
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0)
  // Other addresses are not affected.
  expect((await request.post('/api/auth/login', { headers: { 'x-forwarded-for': '203.0.113.78' }, data: { username: 'demo', password: 'demo', flow: 'forward' } })).status()).toBe(200)
})

test('middleware redirects are relative, so a proxied browser is not sent to the server\'s own host name', async ({ request }) => {
  const res = await request.get('/demo/dashboard', { headers: { host: 'example.test', 'x-forwarded-host': 'example.test' }, maxRedirects: 0 })
  expect(res.status()).toBe(303)
  expect(res.headers().location).toBe('/demo/login?reason=login_required&return_to=%2Fdemo%2Fdashboard')
})
