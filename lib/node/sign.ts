import { randomBytes } from 'node:crypto'
import { SignJWT } from 'jose'
import { JWT_ALG, JWT_AUDIENCE, JWT_ISSUER } from '@/lib/edge/jwt-config'
import { authEnv } from './env'
import { signingKeys } from './private-key'

export interface SignedAccess {
  token: string
  jti: string
  exp: number // unix seconds
}

// Signing happens only here, in node, with the private key; the edge holds only the public key.
export async function signAccessToken(user: { userId: string; name: string; sid: string }): Promise<SignedAccess> {
  const { privateKey } = await signingKeys()
  const jti = randomBytes(12).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const exp = now + authEnv().accessTtl
  const token = await new SignJWT({ sid: user.sid, name: user.name })
    .setProtectedHeader({ alg: JWT_ALG, typ: 'JWT' })
    .setIssuer(JWT_ISSUER)
    .setAudience(JWT_AUDIENCE)
    .setSubject(user.userId)
    .setJti(jti)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(privateKey)
  return { token, jti, exp }
}
