import type { NextRequest } from 'next/server'
import { clearAuthCookies, type CookieWriter } from '@/lib/edge/cookies'
import { HOME_PATH, LOGIN_PATH } from '@/lib/edge/protocol'
import { SIGN_IN_REASONS, type SignInReason } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { handleAuthErrors, json, jsonError, seeOther } from '../http'
import { crossSiteReason } from '../same-origin'

// The refresh route, whoever issued the tokens: POST for the client refresher and the
// middleware's own fetch, GET for the redirect handshake. What differs between this app's own
// tokens and an identity provider's is the session kind: its cookies, and how a token is refreshed.

/** A kind of session the route refreshes; R is what its refresh says happened. */
export interface SessionKind<R> {
  cookies: { access: string; refresh: string }
  refresh(token: string): Promise<R>
  /** What became of it: refused (and why), or new tokens (what the answer says, and their cookies). */
  settle(result: R): Settled
}

export type Settled = { refused: SignInReason } | { outcome: string; expiresAt: number; write(jar: CookieWriter): void }

/** The answer, and what happened (`result`, null when no refresh was attempted), for a route file that logs it. */
export interface Refreshed<R> {
  response: Response
  result: R | null
}

export function refreshRoute<R>(kind: SessionKind<R>) {
  async function post(req: NextRequest): Promise<Refreshed<R>> {
    const crossSite = crossSiteReason(req.headers)
    if (crossSite) return { response: jsonError(403, 'cross_site', `Refused a cross-site refresh: ${crossSite}.`), result: null }
    const token = req.cookies.get(kind.cookies.refresh)?.value
    if (!token) return { response: jsonError(401, 'no_refresh_token', SIGN_IN_REASONS.no_refresh_token), result: null }
    let result: R | null = null
    const response = await handleAuthErrors(async () => {
      const settled = kind.settle((result = await kind.refresh(token)))
      if ('refused' in settled) {
        const res = jsonError(401, settled.refused, SIGN_IN_REASONS[settled.refused])
        clearAuthCookies(res.cookies, kind.cookies)
        return res
      }
      const res = json({ outcome: settled.outcome, expiresAt: settled.expiresAt })
      settled.write(res.cookies)
      return res
    })
    return { response, result }
  }

  async function get(req: NextRequest): Promise<Refreshed<R>> {
    const requested = req.nextUrl.searchParams.get('return_to')
    const returnTo = requested === null ? HOME_PATH : safeReturnTo(requested)
    if (!returnTo) return { response: jsonError(400, 'bad_return_to', `return_to must be a path on this site, such as ${HOME_PATH}.`), result: null }
    const token = req.cookies.get(kind.cookies.refresh)?.value
    let result: R | null = null
    const response = await handleAuthErrors(async () => {
      const settled: Settled = token ? kind.settle((result = await kind.refresh(token))) : { refused: 'no_refresh_token' }
      if ('refused' in settled) {
        const res = seeOther(`${LOGIN_PATH}?${new URLSearchParams({ reason: settled.refused, return_to: returnTo })}`)
        clearAuthCookies(res.cookies, kind.cookies)
        return res
      }
      const res = seeOther(returnTo)
      settled.write(res.cookies)
      return res
    })
    return { response, result }
  }

  return { post, get }
}
