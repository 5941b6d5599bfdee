import * as client from 'openid-client'
import { AuthError } from '@/lib/edge/errors'
import { fingerprint, hashToken } from '../refresh-token'
import { idpClient, providerUnavailable, requireIdp } from './client'
import { expiresAtOf, type IdpTokens } from './refresh'
import type { Transaction } from './transaction'

// Sign-in with the provider: the authorization code flow with PKCE (RFC 7636), state and nonce.
// Starting it returns the provider's URL and a transaction for this browser to keep
// (./transaction.ts); the callback is accepted only with it, so an answer this browser did not
// ask for (a forged or replayed callback, a code stolen on its way) signs no one in.

export type IdpSignInResult =
  | { ok: true; tokens: IdpTokens; user: { id: string; name: string }; returnTo: string; minted: { refreshFp: string } }
  // failed: the answer does not match the sign-in this browser started. refused: the provider said no.
  | { ok: false; reason: 'sign_in_failed' | 'sign_in_refused'; detail: string; returnTo: string | null }

export async function startIdpSignIn(returnTo: string): Promise<{ url: URL; transaction: Transaction }> {
  const config = requireIdp()
  const verifier = client.randomPKCECodeVerifier()
  const transaction = { state: client.randomState(), nonce: client.randomNonce(), verifier, returnTo }
  const url = client.buildAuthorizationUrl(await idpClient(), {
    redirect_uri: config.redirectUri,
    scope: config.scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: transaction.state,
    nonce: transaction.nonce
  })
  return { url, transaction }
}

// oauth4webapi's codes for an answer that does not match what was sent (openid-client 6,
// build/index.js errorHandler): a wrong state, nonce, issuer, signature or signing key.
const MISMATCH = new Set(['OAUTH_INVALID_RESPONSE', 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED', 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED', 'OAUTH_PARSE_ERROR', 'OAUTH_KEY_SELECTION_FAILED'])

/**
 * The callback: checks the answer against the transaction (state, then the code exchanged with
 * the PKCE verifier, then the ID token's nonce, issuer, audience and signature) and returns the
 * tokens. `search` is the callback's query string; the URL it is checked as is the configured
 * redirect URI, never one built from the request's headers.
 */
export async function finishIdpSignIn(search: string, transaction: Transaction | null): Promise<IdpSignInResult> {
  if (!transaction) return { ok: false, reason: 'sign_in_failed', detail: 'no sign-in was started in this browser, or it expired, or it was finished already', returnTo: null }
  const { returnTo } = transaction
  const currentUrl = new URL(requireIdp().redirectUri)
  currentUrl.search = search
  try {
    const tokens = await client.authorizationCodeGrant(await idpClient(), currentUrl, {
      pkceCodeVerifier: transaction.verifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true
    })
    if (!tokens.refresh_token) return { ok: false, reason: 'sign_in_failed', detail: 'the provider issued no refresh token (ask for offline_access, and allow the refresh_token grant for this client)', returnTo }
    const claims = tokens.claims()!
    const name = typeof claims.name === 'string' ? claims.name : claims.sub
    const issued = { access: tokens.access_token, refresh: tokens.refresh_token, expiresAt: expiresAtOf(tokens) }
    return { ok: true, tokens: issued, user: { id: claims.sub, name }, returnTo, minted: { refreshFp: fingerprint(hashToken(issued.refresh)) } }
  } catch (error) {
    if (error instanceof client.AuthorizationResponseError) return { ok: false, reason: 'sign_in_refused', detail: `${error.error}: ${error.error_description ?? ''}`, returnTo }
    // A 4xx from the token endpoint: the code was used already, or the verifier does not match it.
    if (error instanceof client.ResponseBodyError && error.status < 500) return { ok: false, reason: 'sign_in_failed', detail: `${error.error}: ${error.error_description ?? ''}`, returnTo }
    if (error instanceof client.ClientError && error.code && MISMATCH.has(error.code)) return { ok: false, reason: 'sign_in_failed', detail: error.message, returnTo }
    if (error instanceof AuthError) throw error
    throw providerUnavailable(error)
  }
}
