import { importSPKI } from 'jose'
import { ConfigError } from './errors'
import { JWT_ALG, KEY_HELP, normalizePem } from './jwt-config'

// Imported once per module instance (per edge isolate or node process), not per request.
let cached: Promise<CryptoKey> | undefined

export function publicKey(): Promise<CryptoKey> {
  cached ??= importPublicKey(process.env.AUTH_PUBLIC_KEY)
  return cached
}

export async function importPublicKey(pem: string | undefined): Promise<CryptoKey> {
  if (!pem) throw new ConfigError(`AUTH_PUBLIC_KEY is not set. ${KEY_HELP}`)
  try {
    return await importSPKI(normalizePem(pem), JWT_ALG)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    throw new ConfigError(`AUTH_PUBLIC_KEY is not an ${JWT_ALG} (P-256) public key in SPKI PEM form (${detail}). ${KEY_HELP}`)
  }
}
