import { checkIdpAccessToken } from '@/lib/edge/idp/access-token'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import type { SignInReason } from '@/lib/edge/reasons'
import { providerUnavailable } from './client'

export type IdpSessionView =
  | { status: 'active'; user: { id: string; name: string }; jti: string; expiresAt: number; lifetimeMs: number }
  // Authentic but expired (or gone) while a refresh token is there: let a refresh happen.
  | { status: 'expired'; expiresAt: number | null; lifetimeMs: number | null }
  | { status: 'signed-out'; reason: SignInReason }

/**
 * The session where the data is served, from the provider's access token: checked against its
 * keys, as the middleware does. What it cannot see is a revocation at the provider: a JWT access
 * token stays valid until it expires (keep its lifetime short), unless the page asks the provider
 * (token introspection, RFC 7662) on every request.
 */
export async function readIdpSession(cookie: (name: string) => string | undefined): Promise<IdpSessionView> {
  const access = await checkIdpAccessToken(cookie(IDP_COOKIES.access))
  // Its keys could not be fetched: nothing is known, and a sign-out would lose a good session.
  if (access.status === 'unavailable') throw providerUnavailable(access.detail)
  if (access.status === 'invalid') return { status: 'signed-out', reason: 'invalid_token' }
  // The provider sets the lifetime: the client refresher's margin comes from it (lib/edge/protocol.ts).
  if (access.status === 'valid') {
    const { sub, name, jti, iat, exp } = access.claims
    return { status: 'active', user: { id: sub, name }, jti, expiresAt: exp * 1000, lifetimeMs: (exp - iat) * 1000 }
  }
  if (!cookie(IDP_COOKIES.refresh)) return { status: 'signed-out', reason: access.status === 'missing' ? 'login_required' : 'no_refresh_token' }
  if (access.status === 'missing') return { status: 'expired', expiresAt: null, lifetimeMs: null }
  const { iat, exp } = access.claims
  return { status: 'expired', expiresAt: exp * 1000, lifetimeMs: (exp - iat) * 1000 }
}
