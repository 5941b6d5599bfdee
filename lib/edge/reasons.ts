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
  no_refresh_token: 'Your access token expired and there was no refresh token to renew it. Sign in again.'
} as const

export type SignInReason = keyof typeof SIGN_IN_REASONS

export function parseReason(value: unknown): SignInReason | null {
  return typeof value === 'string' && Object.hasOwn(SIGN_IN_REASONS, value) ? (value as SignInReason) : null
}
