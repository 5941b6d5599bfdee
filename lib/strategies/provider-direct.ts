import { NextResponse } from 'next/server'
import { forwardSetCookies } from '@/lib/edge/forward-cookies'
import { idpConfig } from '@/lib/edge/idp/config'
import { IDP_COOKIES, writeIdpCookies } from '@/lib/edge/idp/cookies'
import { providerMetadata } from '@/lib/edge/idp/discovery'
import { refreshUnavailable, signInRedirect } from '@/lib/edge/sign-in-redirect'
import type { Strategy } from './types'

// When an identity provider issues the tokens, the middleware has nothing to sign: it can refresh
// at the provider's token endpoint itself, on the edge. The cookie problem stays (the new tokens
// must be forwarded, as in `forward`), and one more appears: nothing here stops two requests from
// refreshing the same token at once. A provider that rotates with no grace period answers the
// second with invalid_grant and revokes the whole sign-in. The demo runs this to show that; use
// `forward`, whose refresh route makes one provider call per token (lib/node/idp/once-per-token.ts).

const TOKEN_TIMEOUT_MS = 5000

type Answer = { status: 'ok'; access: string; refresh: string } | { status: 'refused' } | { status: 'unavailable'; detail: string }

/** The refresh grant (RFC 6749 §6) with client_secret_basic (§2.3.1), by hand: fetch is all the edge has. */
async function refreshAtTokenEndpoint(refreshToken: string): Promise<Answer> {
  const config = idpConfig()
  if (!config) return { status: 'unavailable', detail: 'no identity provider is configured (IDP_ISSUER)' }
  try {
    const { token_endpoint: endpoint } = await providerMetadata(config)
    const credentials = btoa(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`)
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
      cache: 'no-store',
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS)
    })
    const body = (await res.json().catch(() => ({}))) as { access_token?: unknown; refresh_token?: unknown; error?: unknown }
    if (res.ok && typeof body.access_token === 'string') {
      return { status: 'ok', access: body.access_token, refresh: typeof body.refresh_token === 'string' ? body.refresh_token : refreshToken }
    }
    // 400 in RFC 6749 §5.2; Auth0 answers a used refresh token with 403. The error code decides.
    if (res.status >= 400 && res.status < 500 && body.error === 'invalid_grant') return { status: 'refused' }
    return { status: 'unavailable', detail: `the token endpoint answered ${res.status} ${typeof body.error === 'string' ? body.error : ''}` }
  } catch (error) {
    return { status: 'unavailable', detail: error instanceof Error ? error.message : String(error) }
  }
}

export const providerDirect = {
  name: 'provider-direct',
  label: 'The middleware refreshes at the provider itself, with nothing to stop parallel requests refreshing twice',
  afterExpiry: 'The middleware will refresh at the identity provider on your next navigation, once per request that arrives.',
  clientRefresher: false,
  async refresh(req) {
    const token = req.cookies.get(IDP_COOKIES.refresh)?.value
    if (!token) return signInRedirect(req, 'no_refresh_token', IDP_COOKIES)
    const answer = await refreshAtTokenEndpoint(token)
    if (answer.status === 'unavailable') {
      console.error(`[cookie-flow] the middleware could not refresh at the identity provider: ${answer.detail}`)
      return refreshUnavailable()
    }
    if (answer.status === 'refused') return signInRedirect(req, 'invalid_grant', IDP_COOKIES)
    // The Set-Cookie lines NextResponse would write, passed on as `forward` passes the route's.
    const scratch = new NextResponse()
    writeIdpCookies(scratch.cookies, answer)
    return forwardSetCookies(req, scratch.headers.getSetCookie())
  }
} as const satisfies Strategy
