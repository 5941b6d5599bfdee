import { hkdfSync } from 'node:crypto'
import { importPKCS8 } from 'jose'
import { ConfigError } from '@/lib/edge/errors'
import { JWT_ALG, KEY_HELP, normalizePem } from '@/lib/edge/jwt-config'

export interface SigningKeys {
  privateKey: CryptoKey
  // Derives refresh-token successors (see refresh-token.ts): one secret to manage, not two.
  successorSecret: Buffer
}

let cached: Promise<SigningKeys> | undefined

export function signingKeys(): Promise<SigningKeys> {
  cached ??= importSigningKeys(process.env.AUTH_PRIVATE_KEY)
  // A failed import is not cached: fixing the env and retrying must not need a restart in dev.
  cached.catch(() => (cached = undefined))
  return cached
}

export async function importSigningKeys(pem: string | undefined): Promise<SigningKeys> {
  if (!pem) throw new ConfigError(`AUTH_PRIVATE_KEY is not set. ${KEY_HELP}`)
  const text = normalizePem(pem)
  let privateKey: CryptoKey
  try {
    privateKey = await importPKCS8(text, JWT_ALG)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    throw new ConfigError(`AUTH_PRIVATE_KEY is not an ${JWT_ALG} (P-256) private key in PKCS#8 PEM form (${detail}). ${KEY_HELP}`)
  }
  const successorSecret = Buffer.from(hkdfSync('sha256', text, 'cookie-flow', 'refresh-token-successor', 32))
  return { privateKey, successorSecret }
}
