import { randomUUID } from 'node:crypto'
import { cookieName, cookieOptions, type CookieWriter } from '@/lib/edge/cookies'
import { IDP_COOKIE_MAX_AGE } from '@/lib/edge/idp/cookies'

// A session with the provider's tokens has no id of this app's to keep its inspector events under
// (the provider's grant is its own business), so the demo gives it one at sign-in, in a cookie.
// Not a credential: it only names a list of events.

export const PROVIDER_LOG_COOKIE = cookieName('cf_demo_log')

export function startProviderLog(jar: CookieWriter): string {
  const key = `idp-${randomUUID()}`
  jar.set(PROVIDER_LOG_COOKIE, key, cookieOptions(IDP_COOKIE_MAX_AGE))
  return key
}

export function endProviderLog(jar: CookieWriter) {
  jar.set(PROVIDER_LOG_COOKIE, '', cookieOptions(0))
}
