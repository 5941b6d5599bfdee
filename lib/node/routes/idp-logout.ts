import type { NextRequest } from 'next/server'
import * as client from 'openid-client'
import { clearAuthCookies } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { LOGIN_PATH } from '@/lib/edge/protocol'
import { json, jsonError, seeOther } from '../http'
import { idpClient } from '../idp/client'
import { crossSiteReason } from '../same-origin'

// Sign-out for tokens an identity provider issued, for app/api/auth/logout/route.ts: the refresh
// token is revoked at the provider (RFC 7009), which ends the whole sign-in there, and the cookies
// are cleared. The provider's own session (its cookie in the browser) is not ended: the next
// sign-in may skip its form. Ending it too is a redirect to its end_session_endpoint.

/** `revoked`: the provider confirmed; false when it could not be reached (the cookies go anyway). */
export async function idpLogoutPost(req: NextRequest): Promise<{ response: Response; revoked: boolean }> {
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return { response: jsonError(403, 'cross_site', `Refused a cross-site sign-out: ${crossSite}.`), revoked: false }
  const token = req.cookies.get(IDP_COOKIES.refresh)?.value
  let revoked = false
  if (token) {
    try {
      await client.tokenRevocation(await idpClient(), token, { token_type_hint: 'refresh_token' })
      revoked = true
    } catch (error) {
      // Signing out is what the user asked for: this browser forgets the tokens either way.
      console.warn(`[cookie-flow] the refresh token was not revoked at the identity provider: ${error instanceof Error ? error.message : error}`)
    }
  }
  const reason = revoked || !token ? 'logged_out' : 'logged_out_not_revoked'
  // A plain HTML form expects a page; scripts expect JSON.
  const res = req.headers.get('accept')?.includes('text/html') ? seeOther(`${LOGIN_PATH}?reason=${reason}`) : json({ ok: true, wasSignedIn: !!token, revoked })
  clearAuthCookies(res.cookies, IDP_COOKIES)
  return { response: res, revoked }
}

export const POST = async (req: NextRequest) => (await idpLogoutPost(req)).response
