// What the edge middleware, the node route handlers and the browser agree on: where things are,
// and when a token counts as "about to expire". One place, so the three never drift apart.
// These are this site's paths; yours will differ.

/** The sign-in page; sign-in redirects carry `reason` and `return_to`. */
export const LOGIN_PATH = '/demo/login'
/** Where a sign-in lands when there is no (valid) `return_to`. */
export const HOME_PATH = '/demo/dashboard'
export const REFRESH_PATH = '/api/auth/refresh'
export const LOGOUT_PATH = '/api/auth/logout'
export const SESSION_PATH = '/api/auth/session'
/** Sign-in with an identity provider starts here (a form POST); its callback is IDP_REDIRECT_URI. */
export const IDP_SIGN_IN_PATH = '/api/auth/idp/login'

/**
 * How long before expiry a token is refreshed: the last quarter of its life, at most 5 s. The
 * middleware refreshes then rather than at expiry, so a token it lets through is still valid when
 * the page renders a moment later; the client refresher uses the same margin.
 */
export function refreshMarginMs(ttlMs: number): number {
  return Math.min(5000, ttlMs / 4)
}
