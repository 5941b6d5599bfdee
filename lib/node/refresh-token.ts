import { createHash, createHmac, randomBytes } from 'node:crypto'

// A refresh token is 256 random bits. Only its SHA-256 hash is stored, so a leaked store
// cannot be replayed.
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

// Safe to show in the inspector and logs: it identifies a token without revealing it.
export function fingerprint(hash: string): string {
  return hash.slice(0, 8)
}

// The token that replaces `token` at rotation is derived from it with a server secret rather
// than drawn at random. So when concurrent requests present the same old token within the grace
// window, each can be handed the same successor without the store ever keeping a token in the
// clear, and the family still has exactly one live token.
export function successorOf(token: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(token).digest('base64url')
}
