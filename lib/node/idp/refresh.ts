import { decodeJwt } from 'jose'
import * as client from 'openid-client'
import { AuthError } from '@/lib/edge/errors'
import { fingerprint, hashToken } from '../refresh-token'
import { idpClient, providerUnavailable } from './client'
import { oncePerToken, type Outcome } from './once-per-token'

export interface IdpTokens {
  access: string
  refresh: string
  /** When the access token expires, ms: from the provider's `expires_in`. */
  expiresAt: number
}

export type IdpRefreshResult =
  // calledProvider: this request made the one call; false: it waited for another's and took its tokens.
  | { ok: true; tokens: IdpTokens; calledProvider: boolean; presentedFp: string; minted: { refreshFp: string; accessJti?: string } }
  | { ok: false; reason: 'invalid_grant'; calledProvider: boolean; presentedFp: string }

/** When a token response's access token expires, ms. */
export function expiresAtOf(tokens: { access_token: string; expires_in?: number }): number {
  // expires_in is only RECOMMENDED (RFC 6749 §5.1): without it, the token's own exp.
  if (tokens.expires_in !== undefined) return Date.now() + tokens.expires_in * 1000
  return (readClaims(tokens.access_token).exp ?? 0) * 1000
}

/** The refresh grant (RFC 6749 §6) at the provider's token endpoint; its refusal is an outcome. */
async function refreshAtProvider(refreshToken: string): Promise<Outcome<IdpTokens>> {
  try {
    const tokens = await client.refreshTokenGrant(await idpClient(), refreshToken)
    return {
      ok: true,
      value: {
        access: tokens.access_token,
        // A provider that does not rotate answers without a refresh token: the old one stays good.
        refresh: tokens.refresh_token ?? refreshToken,
        expiresAt: expiresAtOf(tokens)
      }
    }
  } catch (error) {
    // invalid_grant (RFC 6749 §5.2): used already, revoked or expired. Any other answer, or none,
    // says nothing about the session: the browser keeps its cookies and tries again.
    if (error instanceof client.ResponseBodyError && error.error === 'invalid_grant') return { ok: false, error: error.error }
    if (error instanceof AuthError) throw error
    throw providerUnavailable(error)
  }
}

/**
 * Refreshes a session whose tokens the provider issued. Concurrent refreshes of one refresh token
 * make one call to the provider, here and on every instance sharing the store (oncePerToken), and
 * all of them get its tokens. Without that, a provider that rotates with no grace window answers
 * the second with invalid_grant, revokes the sign-in, and the user is signed out.
 */
export async function refreshIdpSession(refreshToken: string): Promise<IdpRefreshResult> {
  const presentedFp = fingerprint(hashToken(refreshToken))
  let calledProvider = false
  const outcome = await oncePerToken(refreshToken, () => {
    calledProvider = true
    return refreshAtProvider(refreshToken)
  })
  if (!outcome.ok) return { ok: false, reason: 'invalid_grant', calledProvider, presentedFp }
  const tokens = outcome.value
  return { ok: true, tokens, calledProvider, presentedFp, minted: { refreshFp: fingerprint(hashToken(tokens.refresh)), accessJti: readClaims(tokens.access).jti } }
}

// The new access token's claims: read, not verified (it is verified where it is used).
function readClaims(accessToken: string): { jti?: string; exp?: number } {
  try {
    return decodeJwt(accessToken)
  } catch {
    return {} // not a JWT: an opaque token has no claims to read
  }
}
