import { cookieName, cookieOptions, type CookieWriter } from '@/lib/edge/cookies'

// The strategy a reader picked before leaving for the identity provider, kept until the sign-in
// completes: set as the session's strategy only then, so a sign-in that fails leaves the strategy
// of any session already there alone.
export const PENDING_FLOW_COOKIE = cookieName('cf_demo_pending_flow')

export function keepPendingFlow(jar: CookieWriter, flow: string) {
  jar.set(PENDING_FLOW_COOKIE, flow, cookieOptions(10 * 60))
}

export function dropPendingFlow(jar: CookieWriter) {
  jar.set(PENDING_FLOW_COOKIE, '', cookieOptions(0))
}
