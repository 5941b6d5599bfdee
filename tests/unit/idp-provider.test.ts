import { randomUUID } from 'node:crypto'
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose'
import * as oidc from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startIdp, type IdpServer } from '../../scripts/servers.mjs'
import { API_RESOURCE, authorize, Browser, signIn, submitLogin, tokenRequest } from '../support/idp-flow'

// The identity provider as the app will meet it (scripts/idp): its own process, the real OAuth
// flow over HTTP, nothing stubbed. Short access tokens, as in the e2e suite.
const REDIRECT = 'http://localhost:3999/api/auth/idp/callback'
const SECRET = 'test-client-secret'
const ACCESS_TTL = 3

let idp: IdpServer

beforeAll(async () => {
  idp = await startIdp({
    IDP_ACCESS_TTL: String(ACCESS_TTL),
    IDP_CLIENT_SECRET: SECRET,
    IDP_REDIRECT_URIS: REDIRECT,
    IDP_ADMIN_TOKEN: randomUUID()
  })
}, 60_000) // a cold start of node and oidc-provider on a busy 2-core machine
afterAll(() => idp?.stop())

const jwks = async () => (await (await fetch(`${idp.issuer}/jwks`)).json()) as JSONWebKeySet

/** Verifies an access token as the app's middleware will: signature against the JWKS, iss, aud, exp (as of `at`). */
async function verifyAccessToken(token: string, at = new Date()) {
  return jwtVerify(token, createLocalJWKSet(await jwks()), { issuer: idp.issuer, audience: API_RESOURCE, typ: 'at+jwt', currentDate: at })
}

async function signInTokens() {
  const { code, verifier } = await signIn(idp.issuer, REDIRECT)
  const grant = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier }
  return tokenRequest(idp.issuer, SECRET, grant)
}

const refresh = (token: string) => tokenRequest(idp.issuer, SECRET, { grant_type: 'refresh_token', refresh_token: token })

describe('identity provider', () => {
  it('publishes the strict setup in its discovery document', async () => {
    const meta = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()
    expect(meta).toMatchObject({
      issuer: idp.issuer,
      jwks_uri: `${idp.issuer}/jwks`,
      token_endpoint: `${idp.issuer}/token`,
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      response_types_supported: ['code'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
      scopes_supported: ['openid', 'profile', 'offline_access']
    })
  })

  it('shows its sign-in form again with an error after a wrong password', async () => {
    const flow = await authorize(idp.issuer, REDIRECT)
    expect(flow.response.status).toBe(200)
    const page = await submitLogin(flow, 'demo', 'wrong', REDIRECT)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<p role="alert" id="error" tabindex="-1" autofocus>Wrong username or password.</p>')
    expect(html).toContain('<label for="password">Password</label>')
  })

  it('signs demo/demo in and issues a JWT access token for the API, an ID token and a refresh token', async () => {
    const { status, body } = await signInTokens()
    expect(status).toBe(200)
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: ACCESS_TTL })
    const { payload, protectedHeader } = await verifyAccessToken(body.access_token)
    expect(protectedHeader.alg).toBe('ES256')
    expect(payload).toMatchObject({ iss: idp.issuer, aud: API_RESOURCE, sub: 'user_demo', client_id: 'cookie-flow', name: 'Demo User' })
    expect(payload.exp! - payload.iat!).toBe(ACCESS_TTL)
    // The user's name comes in the ID token too (there is no userinfo endpoint).
    const id = await jwtVerify(body.id_token, createLocalJWKSet(await jwks()), { issuer: idp.issuer, audience: 'cookie-flow' })
    expect(id.payload).toMatchObject({ sub: 'user_demo', name: 'Demo User' })
    expect(body.refresh_token).toBeTruthy()
  })

  it('rotates refresh tokens; a rotated one presented again is refused and revokes the grant', async () => {
    const before = (await idp.stats()).grants.refresh_token ?? {}
    const first = (await signInTokens()).body.refresh_token
    const rotated = await refresh(first)
    expect(rotated.status).toBe(200)
    expect(rotated.body.refresh_token).not.toBe(first)
    await verifyAccessToken(rotated.body.access_token)

    const reuse = await refresh(first)
    expect(reuse).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'grant request is invalid' } })
    // No grace and no second chance: the reuse revoked the grant, so the newest token is dead too.
    expect(await refresh(rotated.body.refresh_token)).toEqual(reuse)
    // Its stats count each answer of the token endpoint.
    const after = (await idp.stats()).grants.refresh_token
    expect(after.success - (before.success ?? 0)).toBe(1)
    expect(after.invalid_grant - (before.invalid_grant ?? 0)).toBe(2)
  })

  it('refuses an authorization request without PKCE, and a code with the wrong verifier', async () => {
    const refused = await authorize(idp.issuer, REDIRECT, { withPkce: false })
    const back = new URL(refused.response.headers.get('location')!)
    expect(back.origin + back.pathname).toBe(REDIRECT)
    expect(Object.fromEntries(back.searchParams)).toMatchObject({
      error: 'invalid_request',
      error_description: 'Authorization Server policy requires PKCE to be used for this request'
    })

    const { code, verifier } = await signIn(idp.issuer, REDIRECT)
    const grant = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT }
    const wrong = await tokenRequest(idp.issuer, SECRET, { ...grant, code_verifier: 'x'.repeat(43) })
    expect(wrong).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'grant request is invalid' } })
    const missing = await tokenRequest(idp.issuer, SECRET, grant)
    expect(missing).toEqual(wrong)
    // A failed PKCE check does not consume the code: the app holding the verifier still can.
    expect((await tokenRequest(idp.issuer, SECRET, { ...grant, code_verifier: verifier })).status).toBe(200)
  })

  it('rotates its signing key on the admin route: a new kid signs, the old one stays published', async () => {
    const before = (await signInTokens()).body
    const oldKid = decodeProtectedHeader(before.access_token).kid
    const unauthorized = await fetch(`${idp.issuer}/__admin/rotate-keys`, { method: 'POST' })
    expect(unauthorized.status).toBe(401)

    const { kid, kids } = await idp.admin('rotate-keys')
    expect(kid).not.toBe(oldKid)
    expect(kids).toEqual([kid, oldKid])
    expect((await jwks()).keys.map((key) => key.kid)).toEqual([kid, oldKid])
    // Sessions and grants outlive the rotation; what is signed from now on carries the new kid.
    const after = await refresh(before.refresh_token)
    expect(after.status).toBe(200)
    expect(decodeProtectedHeader(after.body.access_token).kid).toBe(kid)
    await verifyAccessToken(after.body.access_token)
    // A token the old key signed still verifies (as of when it was issued: it may have expired since).
    const issuedAt = new Date(decodeJwt(before.access_token).iat! * 1000)
    await verifyAccessToken(before.access_token, issuedAt)
  })

  it('fails its token endpoint with 503 during an outage, and the refresh token survives it', async () => {
    const { refresh_token } = (await signInTokens()).body
    expect(await idp.admin('outage', { on: true })).toEqual({ outage: true })
    try {
      const down = await refresh(refresh_token)
      expect(down).toEqual({ status: 503, body: { error: 'temporarily_unavailable', error_description: 'outage (POST /__admin/outage)' } })
      expect((await fetch(`${idp.issuer}/jwks`)).status).toBe(200)
    } finally {
      await idp.admin('outage', { on: false })
    }
    expect((await refresh(refresh_token)).status).toBe(200)
  })

  it('works with openid-client, the library the app uses: discovery, code + PKCE, refresh', async () => {
    // Its one concession to a loopback provider: plain http.
    const options = { execute: [oidc.allowInsecureRequests] }
    const config = await oidc.discovery(new URL(idp.issuer), 'cookie-flow', SECRET, oidc.ClientSecretBasic(SECRET), options)
    const verifier = oidc.randomPKCECodeVerifier()
    const state = oidc.randomState()
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope: 'openid profile offline_access',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state
    })
    const browser = new Browser()
    const form = await browser.follow(url.href, REDIRECT)
    const back = await submitLogin({ browser, verifier, response: form }, 'demo', 'demo', REDIRECT)
    const callback = new URL(back.headers.get('location')!)
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state })
    expect(tokens.claims()).toMatchObject({ sub: 'user_demo', name: 'Demo User' })
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!)
    await verifyAccessToken(refreshed.access_token)
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant', status: 400 })
  })
})
