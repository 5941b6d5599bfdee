// The tabs of one browser share its cookie jar, so they tell each other what changed it.
export const AUTH_CHANNEL = 'cookie-flow-auth'

export type AuthMessage = { type: 'refreshed'; expiresAt: number } | { type: 'signed-out' }
