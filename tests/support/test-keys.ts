import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose'

/** Puts a fresh key pair in the env the auth modules read (they import keys on first use). */
export async function useTestKeys() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
  process.env.AUTH_PRIVATE_KEY = await exportPKCS8(privateKey)
  process.env.AUTH_PUBLIC_KEY = await exportSPKI(publicKey)
  return { privateKey, publicKey }
}
