// The app's and the browser's parts of an authorization code flow against the identity provider
// (scripts/idp), with plain fetch: what each request sends and gets back stays visible to a test.
import { createHash, randomBytes } from 'node:crypto'

export const CLIENT_ID = 'cookie-flow'
export const API_RESOURCE = 'urn:cookie-flow:api'

/** A PKCE pair (RFC 7636, S256). */
export function pkce() {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

/** A browser's cookies and redirects, by hand (per host): scripts/idp/cookie-browser.mjs. */
export { CookieBrowser as Browser } from '../../scripts/idp/cookie-browser.mjs'
import { CookieBrowser as Browser } from '../../scripts/idp/cookie-browser.mjs'

export interface Flow {
  browser: Browser
  verifier: string
  /** the sign-in form's page, or (when the request was refused) the redirect back to the app */
  response: Response
}

/** Starts an authorization request as the app would (PKCE unless told otherwise) and follows it. */
export async function authorize(issuer: string, redirectUri: string, { withPkce = true } = {}): Promise<Flow> {
  const { verifier, challenge } = pkce()
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile offline_access',
    redirect_uri: redirectUri,
    state: randomBytes(8).toString('hex'),
    ...(withPkce ? { code_challenge: challenge, code_challenge_method: 'S256' } : {})
  })
  const browser = new Browser()
  return { browser, verifier, response: await browser.follow(`${issuer}/auth?${params}`, redirectUri) }
}

/** Submits the sign-in form on `flow`'s page; returns the provider's answer (a page or the redirect to the app). */
export async function submitLogin(flow: Flow, username: string, password: string, redirectUri: string) {
  const action = /action="([^"]+)"/.exec(await flow.response.text())?.[1]
  if (!action) throw new Error('no sign-in form on the page')
  return flow.browser.follow(new URL(action, flow.response.url).href, redirectUri, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password })
  })
}

/** The whole sign-in as demo/demo: the authorization code the app receives, and the PKCE verifier. */
export async function signIn(issuer: string, redirectUri: string) {
  const flow = await authorize(issuer, redirectUri)
  const back = await submitLogin(flow, 'demo', 'demo', redirectUri)
  const location = new URL(back.headers.get('location') ?? '', issuer)
  const code = location.searchParams.get('code')
  if (!code) throw new Error(`no code in the redirect: ${location}`)
  return { code, verifier: flow.verifier, location }
}

/** POST to the token endpoint as the app does: client_secret_basic. Returns the status and JSON body. */
export async function tokenRequest(issuer: string, secret: string, params: Record<string, string>) {
  // RFC 6749 2.3.1: both halves are form-urlencoded before they are joined and base64-encoded.
  const basic = Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(secret)}`).toString('base64')
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params)
  })
  return { status: response.status, body: (await response.json()) as Record<string, string> }
}
