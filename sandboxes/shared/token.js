// Access tokens as the edge middleware checks them, with no call to the node side. A real one is a
// JWT the node route handler signs with a private key and the middleware verifies with the public
// key (jose's jwtVerify). Here a token is readable on purpose: `a2.exp61` is access token number 2,
// valid until second 61 of the scenario.
import { clock } from './clock.js'

/** The second at which `token` expires, or undefined if it is not an access token at all. */
export function accessExpiry(token) {
  const match = /^a\d+\.exp(\d+)$/.exec(token ?? '')
  return match ? Number(match[1]) : undefined
}

/** True for a missing, malformed or expired token: all three mean "refresh first". */
export function isExpired(token) {
  const expiry = accessExpiry(token)
  return expiry === undefined || clock.seconds() >= expiry
}
