import type { NextRequest } from 'next/server'
import { AuthError } from '@/lib/edge/errors'
import { writeIdpCookies } from '@/lib/edge/idp/cookies'
import { HOME_PATH, LOGIN_PATH } from '@/lib/edge/protocol'
import type { SignInReason } from '@/lib/edge/reasons'
import { handleAuthErrors, seeOther } from '../http'
import { finishIdpSignIn, type IdpSignInResult } from '../idp/sign-in'
import { dropTransaction, readTransaction, TRANSACTION_COOKIE } from '../idp/transaction'

// Where the provider sends the browser back, for app/api/auth/idp/callback/route.ts (the path of
// IDP_REDIRECT_URI). `result` says what happened (null: the provider could not be reached), for a
// route file that logs it.

const toLogin = (reason: SignInReason, returnTo: string | null) =>
  seeOther(`${LOGIN_PATH}?${new URLSearchParams({ reason, return_to: returnTo ?? HOME_PATH })}`)

/**
 * Signed in: the tokens' cookies, then the page the sign-in started from. Otherwise the sign-in
 * page says why. Either way the transaction is spent: a replayed callback finds none.
 */
export async function idpCallback(req: NextRequest): Promise<{ response: Response; result: IdpSignInResult | null }> {
  const transaction = readTransaction(req.cookies.get(TRANSACTION_COOKIE)?.value)
  let result: IdpSignInResult | null = null
  const response = await handleAuthErrors(async () => {
    let res
    try {
      result = await finishIdpSignIn(req.nextUrl.search, transaction)
      if (result.ok) {
        res = seeOther(result.returnTo)
        writeIdpCookies(res.cookies, result.tokens)
      } else {
        console.warn(`[cookie-flow] sign-in with the identity provider: ${result.reason} (${result.detail})`)
        res = toLogin(result.reason, result.returnTo)
      }
    } catch (error) {
      if (!(error instanceof AuthError && error.code === 'ERR_PROVIDER_UNAVAILABLE')) throw error
      console.warn(`[cookie-flow] ${error.message}`)
      res = toLogin('provider_unavailable', transaction?.returnTo ?? null)
    }
    dropTransaction(res.cookies)
    return res
  })
  return { response, result }
}

export const GET = async (req: NextRequest) => (await idpCallback(req)).response
