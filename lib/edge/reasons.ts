// Why a user was sent to the login page. Only these codes are shown, never text from the URL,
// so the login page cannot be used to display attacker-written messages.
export const SIGN_IN_REASONS = {
  login_required: 'Sign in to see the dashboard.',
  logged_out: 'You signed out; the session and all its refresh tokens were revoked.',
  refresh_expired: 'Your refresh token expired. Sign in again.',
  reuse_detected:
    'A refresh token that had already been rotated was presented again, so the whole session was revoked (refresh token reuse detection, RFC 9700 §4.14.2). When a new cookie never reaches the browser, this is how it ends: the browser kept sending the old token.',
  session_revoked: 'This session was revoked. Sign in again.',
  invalid_token: 'Your access token was malformed, tampered with or signed by another key, so it was discarded.',
  refresh_unknown:
    'This server does not know your refresh token: it was never issued here, or the session is gone (an in-memory store forgets every session when the server restarts).',
  no_refresh_token: 'Your access token expired and there was no refresh token to renew it. Sign in again.',
  // Sessions whose tokens an identity provider issued:
  invalid_grant:
    'The identity provider refused your refresh token (invalid_grant): it had been used already, or was revoked or expired there. A provider that rotates refresh tokens with no grace period revokes the whole sign-in when one is presented twice: two requests refreshed at once, and the second one signed you out.',
  sign_in_failed:
    'Signing in with the identity provider did not complete: its answer did not match a sign-in this browser started (state, PKCE or nonce), or had been used already. Start again.',
  sign_in_refused: 'The identity provider did not sign you in: you cancelled, or it refused the request.',
  provider_unavailable: 'The identity provider could not be reached. Nothing changed: try again in a few seconds.',
  logged_out_not_revoked:
    'You signed out here, but the identity provider could not be reached to revoke your refresh token: it stays valid there until it expires. Your browser no longer holds it.'
} as const

export type SignInReason = keyof typeof SIGN_IN_REASONS

export function parseReason(value: unknown): SignInReason | null {
  return typeof value === 'string' && Object.hasOwn(SIGN_IN_REASONS, value) ? (value as SignInReason) : null
}
