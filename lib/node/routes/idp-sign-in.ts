import type { NextRequest } from 'next/server'
import { AuthError } from '@/lib/edge/errors'
import { HOME_PATH, LOGIN_PATH } from '@/lib/edge/protocol'
import { safeReturnTo } from '@/lib/edge/return-to'
import { handleAuthErrors, jsonError, seeOther } from '../http'
import { startIdpSignIn } from '../idp/sign-in'
import { keepTransaction } from '../idp/transaction'
import { crossSiteReason } from '../same-origin'

// Sign-in with the identity provider starts here, for app/api/auth/idp/login/route.ts: the sign-in
// button posts its form, and the browser is sent on to the provider.

const MAX_FORM = 4096

export type SignInForm = { ok: true; form: URLSearchParams } | { ok: false; response: Response }

/** The sign-in button's form, or the answer that says what is wrong with the request. */
export async function readSignInForm(req: NextRequest): Promise<SignInForm> {
  // Login CSRF: another site must not start a sign-in in this browser.
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return { ok: false, response: jsonError(403, 'cross_site', `Refused a cross-site sign-in: ${crossSite}.`) }
  const text = await req.text()
  if (text.length > MAX_FORM) return { ok: false, response: jsonError(413, 'body_too_large', `The form must be under ${MAX_FORM} bytes.`) }
  return { ok: true, form: new URLSearchParams(text) }
}

/** A 303 to the provider's sign-in, with the transaction (state, nonce, PKCE verifier) in a cookie. */
export async function idpSignInStart(form: URLSearchParams): Promise<Response> {
  const returnTo = safeReturnTo(form.get('return_to')) ?? HOME_PATH
  try {
    const { url, transaction } = await startIdpSignIn(returnTo)
    const res = seeOther(url.href)
    keepTransaction(res.cookies, transaction)
    return res
  } catch (error) {
    if (!(error instanceof AuthError && error.code === 'ERR_PROVIDER_UNAVAILABLE')) throw error
    // A form post expects a page: the sign-in page says so, and nothing else changed.
    console.warn(`[cookie-flow] ${error.message}`)
    return seeOther(`${LOGIN_PATH}?${new URLSearchParams({ reason: 'provider_unavailable', return_to: returnTo })}`)
  }
}

export async function POST(req: NextRequest) {
  const read = await readSignInForm(req)
  return read.ok ? handleAuthErrors(() => idpSignInStart(read.form)) : read.response
}
