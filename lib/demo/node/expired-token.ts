import { SignJWT } from 'jose'
import { checkAccessToken } from '@/lib/edge/access-token'
import { JWT_ALG, JWT_AUDIENCE, JWT_ISSUER, CLOCK_TOLERANCE_S } from '@/lib/edge/jwt-config'
import { signingKeys } from '@/lib/node/private-key'

// The lab's "expire the access token now": the same session's access token, signed as the app
// signs it, but with an `exp` already past the verifiers' clock tolerance. Everything downstream
// (the middleware, the strategies, the refresh) then runs for real. Demo only.

/** An expired copy of `token` (this app's own, authentic), or null if it is not one. */
export async function expiredCopyOf(token: string | undefined): Promise<{ token: string; jti: string } | null> {
  const check = await checkAccessToken(token)
  if (check.status !== 'valid' && check.status !== 'expired') return null
  const { sub, sid, name, jti } = check.claims
  const exp = Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_S - 1
  const lifetime = check.claims.exp - check.claims.iat
  const { privateKey } = await signingKeys()
  const copy = await new SignJWT({ sid, name })
    .setProtectedHeader({ alg: JWT_ALG, typ: 'JWT' })
    .setIssuer(JWT_ISSUER)
    .setAudience(JWT_AUDIENCE)
    .setSubject(sub)
    .setJti(`${jti}-expired`)
    .setIssuedAt(exp - lifetime)
    .setExpirationTime(exp)
    .sign(privateKey)
  return { token: copy, jti: `${jti}-expired` }
}
