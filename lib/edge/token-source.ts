import { checkAccessToken, type AccessCheck } from './access-token'
import { COOKIES } from './cookies'

/**
 * Where a session's tokens come from: which cookies hold them, and how an access token is checked.
 * This app's own (signed with its key), or an identity provider's (lib/edge/idp/source.ts).
 */
export interface TokenSource {
  cookies: { access: string; refresh: string }
  check(token: string | undefined): Promise<AccessCheck | { status: 'unavailable'; detail: string }>
}

export const SELF_ISSUED: TokenSource = { cookies: COOKIES, check: checkAccessToken }
