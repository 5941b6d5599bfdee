import { generateKeyPair, SignJWT, base64url } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkAccessToken, expiresSoon } from '@/lib/edge/access-token'
import { importPublicKey } from '@/lib/edge/public-key'
import { useTestKeys } from '../support/test-keys'

let sign: (claims?: Record<string, unknown>, opts?: { iss?: string; aud?: string; exp?: number; key?: CryptoKey }) => Promise<string>

beforeAll(async () => {
  const { privateKey } = await useTestKeys()
  sign = (claims = {}, { iss = 'cookie-flow', aud = 'cookie-flow-demo', exp, key = privateKey } = {}) => {
    const now = Math.floor(Date.now() / 1000)
    return new SignJWT({ sid: 's1', name: 'User', ...claims })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(iss)
      .setAudience(aud)
      .setSubject('u1')
      .setJti('j1')
      .setIssuedAt(now)
      .setExpirationTime(exp ?? now + 60)
      .sign(key)
  }
})

describe('checkAccessToken', () => {
  it('accepts a token we signed', async () => {
    expect(await checkAccessToken(await sign())).toMatchObject({ status: 'valid', claims: { sub: 'u1', sid: 's1', jti: 'j1' } })
  })

  it('reports an authentic expired token as expired, with its claims', async () => {
    const token = await sign({}, { exp: Math.floor(Date.now() / 1000) - 10 })
    expect(await checkAccessToken(token)).toMatchObject({ status: 'expired', claims: { sid: 's1' } })
  })

  it('treats an absent cookie as missing', async () => {
    expect(await checkAccessToken(undefined)).toEqual({ status: 'missing' })
  })

  const invalid: [string, () => Promise<string>, string][] = [
    ['garbage', async () => 'not.a.jwt', 'ERR_JWS_INVALID'],
    ['a tampered signature', async () => {
      const [h, p, s] = (await sign()).split('.')
      return `${h}.${p}.${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`
    }, 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['a tampered payload', async () => {
      const [h, , s] = (await sign()).split('.')
      return `${h}.${base64url.encode(JSON.stringify({ sub: 'admin', sid: 's1', jti: 'j', name: 'x', exp: 9e9 }))}.${s}`
    }, 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['alg: none', async () => {
      const part = (o: object) => base64url.encode(JSON.stringify(o))
      return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'u1', sid: 's1', jti: 'j', name: 'x', iss: 'cookie-flow', aud: 'cookie-flow-demo', iat: 1, exp: 9e9 })}.`
    }, 'ERR_JOSE_ALG_NOT_ALLOWED'],
    ['another key', async () => sign({}, { key: (await generateKeyPair('ES256')).privateKey }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['another issuer', () => sign({}, { iss: 'someone-else' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['another audience', () => sign({}, { aud: 'another-app' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['a missing sid claim', () => sign({ sid: undefined }), 'ERR_JWT_CLAIMS'],
    ['an oversized cookie', async () => 'a'.repeat(5000), 'ERR_TOKEN_TOO_LONG']
  ]
  for (const [what, make, code] of invalid) {
    it(`rejects ${what} (${code})`, async () => {
      expect(await checkAccessToken(await make())).toEqual({ status: 'invalid', code })
    })
  }

  it('rejects an HS256 token even when its secret is the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(process.env.AUTH_PUBLIC_KEY)
    const token = await new SignJWT({ sid: 's1', name: 'x' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('cookie-flow')
      .setAudience('cookie-flow-demo').setSubject('u1').setJti('j').setIssuedAt().setExpirationTime('1h').sign(secret)
    expect(await checkAccessToken(token)).toEqual({ status: 'invalid', code: 'ERR_JOSE_ALG_NOT_ALLOWED' })
  })
})

describe('importPublicKey', () => {
  it('names the variable and the fix when the key is missing or malformed', async () => {
    await expect(importPublicKey(undefined)).rejects.toMatchObject({ code: 'ERR_AUTH_CONFIG', message: expect.stringMatching(/^AUTH_PUBLIC_KEY is not set\. .*npm run keys/) })
    await expect(importPublicKey('-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----')).rejects.toMatchObject({
      code: 'ERR_AUTH_CONFIG',
      message: expect.stringMatching(/^AUTH_PUBLIC_KEY is not an ES256 \(P-256\) public key in SPKI PEM form .*npm run keys/)
    })
  })

  it('accepts a PEM stored on one line with literal \\n', async () => {
    const oneLine = process.env.AUTH_PUBLIC_KEY!.trim().replace(/\n/g, '\\n')
    await expect(importPublicKey(oneLine)).resolves.toBeTruthy()
  })
})

describe('expiresSoon', () => {
  it("is true in the last quarter of a token's life, at most 5 s before expiry", () => {
    const now = 1_000_000_000_000
    const s = now / 1000
    expect(expiresSoon({ iat: s - 1, exp: s + 3 }, now)).toBe(false) // 4 s token, 3 s left
    expect(expiresSoon({ iat: s - 3, exp: s + 0.9 }, now)).toBe(true) // under a quarter left
    expect(expiresSoon({ iat: s - 60, exp: s + 6 }, now)).toBe(false) // long token: 5 s cap
    expect(expiresSoon({ iat: s - 60, exp: s + 4 }, now)).toBe(true)
  })
})
