import { IDP_COOKIES, writeIdpCookies } from '@/lib/edge/idp/cookies'
import { refreshIdpSession, type IdpRefreshResult } from '../idp/refresh'
import { refreshRoute, type SessionKind } from './refresh-route'

// The refresh route for tokens an identity provider issued, for app/api/auth/refresh/route.ts:
// the same route as for this app's own tokens, refreshing at the provider's token endpoint.

export const IDP_SESSION: SessionKind<IdpRefreshResult> = {
  cookies: IDP_COOKIES,
  refresh: refreshIdpSession,
  settle: (result) =>
    result.ok
      ? { outcome: result.calledProvider ? 'rotated' : 'shared', expiresAt: result.tokens.expiresAt, write: (jar) => writeIdpCookies(jar, result.tokens) }
      : { refused: result.reason }
}

export const { post: idpRefreshPost, get: idpRefreshGet } = refreshRoute(IDP_SESSION)

export const POST = async (req: Parameters<typeof idpRefreshPost>[0]) => (await idpRefreshPost(req)).response
export const GET = async (req: Parameters<typeof idpRefreshGet>[0]) => (await idpRefreshGet(req)).response
