import { errors, jwtVerify, type JWTPayload } from 'jose'
import { CLOCK_TOLERANCE_S, JWT_ALG, JWT_AUDIENCE, JWT_ISSUER, MAX_TOKEN_LENGTH } from './jwt-config'
import { refreshMarginMs } from './protocol'
import { publicKey } from './public-key'

export interface AccessClaims {
  sub: string // user id
  sid: string // session (refresh token family) id
  jti: string
  name: string
  iat: number
  exp: number
}

export type AccessCheck =
  | { status: 'valid'; claims: AccessClaims }
  // Authentic but past `exp`: the caller may refresh, and may use `sid` to find the session.
  | { status: 'expired'; claims: AccessClaims }
  | { status: 'missing' }
  | { status: 'invalid'; code: string }

function asClaims(payload: JWTPayload): AccessClaims | null {
  const { sub, sid, jti, name, iat, exp } = payload as Record<string, unknown>
  const strings = [sub, sid, jti, name].every((v) => typeof v === 'string' && v.length > 0)
  return strings && typeof iat === 'number' && typeof exp === 'number' ? ({ sub, sid, jti, name, iat, exp } as AccessClaims) : null
}

/** Verifies an access token from a cookie. Never throws for bad input; throws ConfigError for a bad key. */
export async function checkAccessToken(token: string | undefined): Promise<AccessCheck> {
  if (!token) return { status: 'missing' }
  if (token.length > MAX_TOKEN_LENGTH) return { status: 'invalid', code: 'ERR_TOKEN_TOO_LONG' }
  const key = await publicKey()
  try {
    const { payload } = await jwtVerify(token, key, {
      // Pinned: a token that names another algorithm (including "none") is rejected outright.
      algorithms: [JWT_ALG],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ['exp', 'iat', 'sub', 'jti']
    })
    const claims = asClaims(payload)
    return claims ? { status: 'valid', claims } : { status: 'invalid', code: 'ERR_JWT_CLAIMS' }
  } catch (error) {
    // jose verifies the signature, then iss/aud, then exp (webapi/lib/jwt_claims_set.js), so an
    // expired error means the token is authentic and ours: its `sid` can find the session.
    if (error instanceof errors.JWTExpired) {
      const claims = asClaims(error.payload)
      if (claims) return { status: 'expired', claims }
    }
    return { status: 'invalid', code: error instanceof errors.JOSEError ? error.code : 'ERR_JWT_INVALID' }
  }
}

/** True within the refresh margin of `exp` (lib/edge/protocol.ts): time to refresh. */
export function expiresSoon({ iat, exp }: Pick<AccessClaims, 'iat' | 'exp'>, now = Date.now()): boolean {
  return exp * 1000 - now < refreshMarginMs((exp - iat) * 1000)
}
