// The session store on the node side (in the demo app it lives in lib/node/ and never runs on the
// edge). Refresh tokens rotate on every use. Presenting an already rotated token again is reuse:
// after the grace window that revokes the whole family, the thief's copy and the user's alike
// (RFC 9700 §4.14.2). Within the window it is forgiven, because two tabs refreshing at the same
// moment is not theft. Real refresh tokens are 256 random bits stored only as a hash; these are
// numbered (r1, r2…) so the trace is readable.
import { clock } from './clock.js'

const DEFAULTS = { accessTtl: 30, refreshTtl: 24 * 3600, grace: 10 }

let settings = { ...DEFAULTS }
let refreshTokens = new Map()
let revokedFamilies = new Set()
let counters = { access: 0, refresh: 0, family: 0 }

function issueAccess() {
  const expiresAt = clock.seconds() + settings.accessTtl
  return { access: `a${++counters.access}.exp${expiresAt}`, accessExpiresAt: expiresAt }
}

function issuePair(family) {
  const refresh = `r${++counters.refresh}`
  refreshTokens.set(refresh, { family, expiresAt: clock.now() + settings.refreshTtl * 1000 })
  return { ok: true, ...issueAccess(), refresh }
}

// Each rotation within the window came after the one before, so the chain ends at a live token.
function liveSuccessor(record) {
  let token = record.successor
  while (refreshTokens.get(token).successor) token = refreshTokens.get(token).successor
  return token
}

export const sessions = {
  /** A fresh, empty store; `options` overrides accessTtl, refreshTtl and grace (seconds). */
  reset(options = {}) {
    settings = { ...DEFAULTS, ...options }
    refreshTokens = new Map()
    revokedFamilies = new Set()
    counters = { access: 0, refresh: 0, family: 0 }
  },

  get settings() {
    return { ...settings }
  },

  login() {
    return issuePair(`f${++counters.family}`)
  },

  /**
   * Trades a refresh token for new tokens: `{ ok: true, access, accessExpiresAt, refresh }` or
   * `{ ok: false, reason }`. A reuse within the grace window gets a new access token and the same
   * live successor again, so whichever response lands last, the browser holds the token the
   * server expects (the demo app derives that successor from the token with an HMAC).
   */
  rotate(token) {
    const record = refreshTokens.get(token)
    if (!record || record.expiresAt <= clock.now()) {
      return { ok: false, reason: 'unknown or expired refresh token' }
    }
    if (revokedFamilies.has(record.family)) return { ok: false, reason: 'this session was revoked' }
    if (record.rotatedAt === undefined) {
      record.rotatedAt = clock.now()
      const pair = issuePair(record.family)
      record.successor = pair.refresh
      return pair
    }
    if (clock.now() - record.rotatedAt < settings.grace * 1000) {
      const reason = `reused within the ${settings.grace} s grace window`
      return { ok: true, ...issueAccess(), refresh: liveSuccessor(record), reason }
    }
    revokedFamilies.add(record.family)
    return { ok: false, reason: `${token} was already rotated: reuse detected, session revoked` }
  },

  /** The refresh token the server expects next: issued, not yet rotated, not revoked. */
  current() {
    for (const [token, record] of refreshTokens) {
      if (record.rotatedAt === undefined && !revokedFamilies.has(record.family)) return token
    }
    return undefined
  }
}
