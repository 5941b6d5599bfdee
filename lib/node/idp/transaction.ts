import { cookieName, cookieOptions, type CookieWriter } from '@/lib/edge/cookies'
import { safeReturnTo } from '@/lib/edge/return-to'

// A sign-in in progress, kept by the browser between leaving for the provider and coming back:
// HttpOnly, and SameSite=Lax so that it comes back on the provider's redirect (a top-level GET
// from another site). It holds the PKCE verifier, so it never reaches page scripts or another site.

export interface Transaction {
  state: string
  nonce: string
  verifier: string
  /** Where to go once signed in: a path on this site, checked before it was stored. */
  returnTo: string
}

export const TRANSACTION_COOKIE = cookieName('cf_idp_tx')
// Time to fill in the provider's form.
const MAX_AGE = 10 * 60

export function keepTransaction(jar: CookieWriter, transaction: Transaction) {
  jar.set(TRANSACTION_COOKIE, Buffer.from(JSON.stringify(transaction)).toString('base64url'), cookieOptions(MAX_AGE))
}

/** Spent on the first callback, whatever its outcome: a replay finds none. */
export function dropTransaction(jar: CookieWriter) {
  jar.set(TRANSACTION_COOKIE, '', cookieOptions(0))
}

export function readTransaction(value: string | undefined): Transaction | null {
  if (!value || value.length > 2048) return null
  try {
    const t = JSON.parse(Buffer.from(value, 'base64url').toString())
    const fields = [t?.state, t?.nonce, t?.verifier, t?.returnTo]
    if (!fields.every((f) => typeof f === 'string' && f.length > 0)) return null
    // Checked again on the way out: a cookie is input like any other.
    return safeReturnTo(t.returnTo) === t.returnTo ? (t as Transaction) : null
  } catch {
    return null
  }
}
