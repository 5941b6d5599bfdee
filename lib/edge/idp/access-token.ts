import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose'
import type { AccessCheck, AccessClaims } from '../access-token'
import { CLOCK_TOLERANCE_S, MAX_TOKEN_LENGTH } from '../jwt-config'
import { idpConfig, type IdpConfig } from './config'
import { providerMetadata } from './discovery'

// Verifies an access token the identity provider signed, against the keys it publishes (its JWKS).
// jose keeps the key set and fetches it again when a token names a key it does not have, unless it
// fetched it less than `cooldownDuration` ago (jose 6.2.18, dist/webapi/jwks/remote.js line 72:
// `if (err instanceof JWKSNoMatchingKey && !isFreshFor(jwksTimestamp, cooldownDuration))`).
// So a provider that rotated its keys is followed after one refetch, and a token whose key is
// still not there is refused. Edge-safe: jose and fetch only.

// At most one refetch per instance this often, however many tokens name unknown keys.
const JWKS_COOLDOWN_MS = 5000

export type IdpAccessCheck = AccessCheck | { status: 'unavailable'; detail: string }

let keySet: { uri: string; jwks: ReturnType<typeof createRemoteJWKSet> } | undefined

async function jwksFor(config: IdpConfig) {
  const { jwks_uri: uri } = await providerMetadata(config)
  if (keySet?.uri !== uri) keySet = { uri, jwks: createRemoteJWKSet(new URL(uri), { cooldownDuration: JWKS_COOLDOWN_MS }) }
  return keySet.jwks
}

function asClaims(payload: JWTPayload): AccessClaims | null {
  const { sub, jti, iat, exp } = payload
  if (typeof sub !== 'string' || typeof jti !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') return null
  // Not every provider puts a name in access tokens (Keycloak does; Auth0 and Entra do not by
  // default): the subject stands in. Nor a session id: the provider's grant is its own business.
  const name = typeof payload.name === 'string' ? payload.name : sub
  return { sub, sid: typeof payload.sid === 'string' ? payload.sid : sub, jti, name, iat, exp }
}

// The key set could not be fetched (jose's own messages, dist/webapi/jwks/remote.js lines 17-24):
// nothing is known about the token yet.
function keySetUnreachable(error: unknown): error is Error {
  if (error instanceof errors.JWKSTimeout || (error instanceof TypeError && /fetch/i.test(error.message))) return true
  return error instanceof errors.JOSEError && /^(Expected 200 OK|Failed to parse) .*JSON Web Key Set/.test(error.message)
}

/** As checkAccessToken, for the provider's tokens. 'unavailable': its keys cannot be had right now. */
export async function checkIdpAccessToken(token: string | undefined): Promise<IdpAccessCheck> {
  if (!token) return { status: 'missing' }
  if (token.length > MAX_TOKEN_LENGTH) return { status: 'invalid', code: 'ERR_TOKEN_TOO_LONG' }
  const config = idpConfig()
  if (!config) return { status: 'invalid', code: 'ERR_IDP_NOT_CONFIGURED' }
  let jwks
  try {
    jwks = await jwksFor(config)
  } catch (error) {
    return { status: 'unavailable', detail: error instanceof Error ? error.message : String(error) }
  }
  // Read before verifying: if the key set was fetched moments ago, an unknown key is not looked up again.
  const refetchAllowed = !jwks.coolingDown
  try {
    const { payload } = await jwtVerify(token, jwks, {
      // Pinned: never the algorithm a token's header names.
      algorithms: config.algorithms,
      issuer: config.issuer,
      // RFC 8707/9068: a token for another API (or an ID token, whose audience is this client) is refused.
      audience: config.audience,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ['exp', 'iat', 'sub', 'jti']
    })
    const claims = asClaims(payload)
    return claims ? { status: 'valid', claims } : { status: 'invalid', code: 'ERR_JWT_CLAIMS' }
  } catch (error) {
    // As for this app's own tokens: jose checks the signature before exp, so an expired one is authentic.
    if (error instanceof errors.JWTExpired) {
      const claims = asClaims(error.payload)
      if (claims) return { status: 'expired', claims }
    }
    // An unknown key while the set is too fresh to fetch again: maybe a rotation this instance has
    // not seen yet. Not a verdict: the browser retries shortly, and by then the set is refetched.
    if (error instanceof errors.JWKSNoMatchingKey && !refetchAllowed) {
      return { status: 'unavailable', detail: "the token's key is not in the provider's key set fetched moments ago" }
    }
    if (keySetUnreachable(error)) {
      return { status: 'unavailable', detail: error.message }
    }
    return { status: 'invalid', code: error instanceof errors.JOSEError ? error.code : 'ERR_JWT_INVALID' }
  }
}
