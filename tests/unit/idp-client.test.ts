import { randomUUID } from 'node:crypto'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIdpAccessToken } from '@/lib/edge/idp/access-token'
import { parseIdpConfig } from '@/lib/edge/idp/config'
import { AuthError } from '@/lib/edge/errors'
import { refreshIdpSession } from '@/lib/node/idp/refresh'
import { finishIdpSignIn, startIdpSignIn } from '@/lib/node/idp/sign-in'
import { readTransaction, type Transaction } from '@/lib/node/idp/transaction'
import { startIdp, type IdpServer } from '../../scripts/servers.mjs'
import { API_RESOURCE, Browser, CLIENT_ID, submitLogin } from '../support/idp-flow'

// This app as the provider's client (lib/node/idp, lib/edge/idp) against the real provider
// (scripts/idp): sign-in and its checks, the single refresh per token, outages, its keys.
const REDIRECT = 'http://localhost:3998/api/auth/idp/callback'
const SECRET = 'client-test-secret'
const ADMIN = randomUUID()
let idp: IdpServer

beforeAll(async () => {
  idp = await startIdp({ IDP_ACCESS_TTL: '30', IDP_CLIENT_SECRET: SECRET, IDP_REDIRECT_URIS: REDIRECT, IDP_ADMIN_TOKEN: ADMIN })
  Object.assign(process.env, { IDP_ISSUER: idp.issuer, IDP_CLIENT_ID: CLIENT_ID, IDP_CLIENT_SECRET: SECRET, IDP_REDIRECT_URI: REDIRECT, IDP_AUDIENCE: API_RESOURCE })
}, 60_000)
afterAll(() => idp?.stop())

/** Starts a sign-in as the app does, fills in the provider's form; returns the callback's query and the transaction. */
async function toCallback(): Promise<{ search: string; transaction: Transaction }> {
  const { url, transaction } = await startIdpSignIn('/demo/dashboard')
  const browser = new Browser()
  const form = await browser.follow(url.href, REDIRECT)
  const back = await submitLogin({ browser, verifier: '', response: form }, 'demo', 'demo', REDIRECT)
  return { search: new URL(back.headers.get('location')!).search, transaction }
}

async function signedIn() {
  const { search, transaction } = await toCallback()
  const result = await finishIdpSignIn(search, transaction)
  if (!result.ok) throw new Error(`sign-in failed: ${result.detail}`)
  return result
}

const refreshGrants = async () => (await idp.stats()).grants.refresh_token ?? {}

describe('configuration', () => {
  const full = { IDP_ISSUER: 'https://id.example', IDP_CLIENT_ID: 'app', IDP_CLIENT_SECRET: 's', IDP_REDIRECT_URI: 'https://app.example/cb', IDP_AUDIENCE: 'api' }
  it('is off without IDP_ISSUER, and all or nothing with it', () => {
    expect(parseIdpConfig({})).toBeNull()
    expect(() => parseIdpConfig({ IDP_ISSUER: 'https://id.example' })).toThrow('IDP_ISSUER is set, so IDP_CLIENT_ID, IDP_CLIENT_SECRET, IDP_REDIRECT_URI, IDP_AUDIENCE must be too.')
    expect(parseIdpConfig(full)).toMatchObject({ algorithms: ['ES256', 'RS256'], scope: 'openid profile offline_access' })
  })
  it('refuses plain http except on this machine, and symmetric algorithms', () => {
    expect(() => parseIdpConfig({ ...full, IDP_ISSUER: 'http://id.example' })).toThrow('IDP_ISSUER must be an https URL')
    expect(parseIdpConfig({ ...full, IDP_ISSUER: 'http://127.0.0.1:3002' })?.issuer).toBe('http://127.0.0.1:3002')
    expect(() => parseIdpConfig({ ...full, IDP_ALGORITHMS: 'ES256,HS256,none' })).toThrow('got HS256, none')
  })
})

describe('sign-in', () => {
  it('completes with the user from the ID token and a refresh token', async () => {
    const result = await signedIn()
    expect(result.user).toEqual({ id: 'user_demo', name: 'Demo User' })
    expect(result.returnTo).toBe('/demo/dashboard')
    expect(result.tokens.refresh.length).toBeGreaterThan(20)
    expect(await checkIdpAccessToken(result.tokens.access)).toMatchObject({ status: 'valid', claims: { sub: 'user_demo', name: 'Demo User' } })
  })

  it('refuses a callback whose state, PKCE verifier or nonce does not match the transaction', async () => {
    for (const change of [{ state: 'forged' }, { verifier: 'x'.repeat(43) }, { nonce: 'forged' }]) {
      const { search, transaction } = await toCallback()
      const result = await finishIdpSignIn(search, { ...transaction, ...change })
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, reason: 'sign_in_failed' })
    }
  })

  it('refuses a replayed callback, and one with no transaction', async () => {
    const { search, transaction } = await toCallback()
    expect((await finishIdpSignIn(search, transaction)).ok).toBe(true)
    expect(await finishIdpSignIn(search, transaction)).toMatchObject({ ok: false, reason: 'sign_in_failed', detail: expect.stringContaining('invalid_grant') })
    expect(await finishIdpSignIn(search, null)).toMatchObject({ ok: false, reason: 'sign_in_failed' })
  })

  it('reads back a transaction cookie only whole, and only with a same-site return_to', () => {
    const cookie = (t: object) => Buffer.from(JSON.stringify(t)).toString('base64url')
    const good = { state: 's', nonce: 'n', verifier: 'v', returnTo: '/demo/dashboard?tab=1' }
    expect(readTransaction(cookie(good))).toEqual(good)
    for (const returnTo of ['//evil.example/', '/\\evil.example', 'https://evil.example/', '/./\\evil.example']) {
      expect(readTransaction(cookie({ ...good, returnTo })), returnTo).toBeNull()
    }
    expect(readTransaction(cookie({ ...good, verifier: '' }))).toBeNull()
    expect(readTransaction('not base64 json')).toBeNull()
  })

  it("says the provider refused when it answers with an error", async () => {
    const { transaction } = await startIdpSignIn('/demo/dashboard')
    const search = `?${new URLSearchParams({ error: 'access_denied', error_description: 'cancelled', state: transaction.state, iss: idp.issuer })}`
    expect(await finishIdpSignIn(search, transaction)).toMatchObject({ ok: false, reason: 'sign_in_refused', detail: 'access_denied: cancelled' })
  })
})

describe('refresh', () => {
  it('makes one provider call for 20 concurrent refreshes of one token; all get its tokens', async () => {
    const { tokens } = await signedIn()
    const before = await refreshGrants()
    const results = await Promise.all(Array.from({ length: 20 }, () => refreshIdpSession(tokens.refresh)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.filter((r) => r.calledProvider)).toHaveLength(1)
    expect(new Set(results.map((r) => (r.ok ? r.tokens.refresh : null))).size).toBe(1)
    const after = await refreshGrants()
    expect(after.success - (before.success ?? 0)).toBe(1)
    expect(after.invalid_grant ?? 0).toBe(before.invalid_grant ?? 0)
  })

  it('a later request with the same old token gets the same tokens, without asking the provider again', async () => {
    const { tokens } = await signedIn()
    const first = await refreshIdpSession(tokens.refresh)
    const late = await refreshIdpSession(tokens.refresh)
    expect(late).toMatchObject({ ok: true, calledProvider: false })
    expect(late.ok && first.ok && late.tokens.refresh === first.tokens.refresh).toBe(true)
  })

  it("says invalid_grant when the provider refuses the token", async () => {
    const result = await refreshIdpSession('not-a-token-the-provider-issued')
    expect(result).toMatchObject({ ok: false, reason: 'invalid_grant', calledProvider: true })
  })

  it('throws ERR_PROVIDER_UNAVAILABLE when the provider is down, records nothing, and works once it is back', async () => {
    const { tokens } = await signedIn()
    await idp.admin('outage', { on: true })
    try {
      await expect(refreshIdpSession(tokens.refresh)).rejects.toMatchObject({ code: 'ERR_PROVIDER_UNAVAILABLE' })
      await expect(refreshIdpSession(tokens.refresh)).rejects.toBeInstanceOf(AuthError)
    } finally {
      await idp.admin('outage', { on: false })
    }
    expect(await refreshIdpSession(tokens.refresh)).toMatchObject({ ok: true, calledProvider: true })
  })
})

describe("the provider's keys", () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

  it('refuses a token signed by a key not in the JWKS after one refetch; within the cooldown it does not refetch', async () => {
    const { tokens } = await signedIn()
    expect((await checkIdpAccessToken(tokens.access)).status).toBe('valid')
    const { privateKey, publicKey } = await generateKeyPair('ES256')
    const forged = await new SignJWT({ name: 'Mallory' })
      .setProtectedHeader({ alg: 'ES256', kid: (await exportJWK(publicKey)).x!.slice(0, 16) })
      .setIssuer(idp.issuer).setAudience(API_RESOURCE).setSubject('user_demo').setJti(randomUUID()).setIssuedAt().setExpirationTime('1m')
      .sign(privateKey)
    // Fetched moments ago: an unknown key is not a verdict yet, and the set is not fetched again.
    const fetches = (await idp.stats()).jwksFetches
    expect((await checkIdpAccessToken(forged)).status).toBe('unavailable')
    expect((await idp.stats()).jwksFetches).toBe(fetches)
    await wait(5200)
    expect(await checkIdpAccessToken(forged)).toEqual({ status: 'invalid', code: 'ERR_JWKS_NO_MATCHING_KEY' })
    expect((await idp.stats()).jwksFetches).toBe(fetches + 1)
  }, 30_000)

  it('follows a key rotation: a token from the new key is accepted after one refetch', async () => {
    await wait(5200) // past the cooldown of the test above
    const { kid } = await idp.admin('rotate-keys')
    const { tokens } = await signedIn()
    const fetches = (await idp.stats()).jwksFetches
    expect((await checkIdpAccessToken(tokens.access)).status).toBe('valid')
    expect((await idp.stats()).jwksFetches).toBe(fetches + 1)
    expect(JSON.parse(Buffer.from(tokens.access.split('.')[0], 'base64url').toString()).kid).toBe(kid)
  }, 30_000)
})
