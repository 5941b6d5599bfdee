'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { FLOW_COOKIE, FLOWS, parseFlow } from '@/lib/demo/edge/flows'
import { recordLogin } from '@/lib/demo/node/record'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { endProviderLog } from '@/lib/demo/node/provider-log'
import { clearAuthCookies, cookieOptions, writeAuthCookies } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { AuthError } from '@/lib/edge/errors'
import { HOME_PATH } from '@/lib/edge/protocol'
import { safeReturnTo } from '@/lib/edge/return-to'
import { clientIp } from '@/lib/node/rate-limit'
import { signIn } from '@/lib/node/sign-in'

export interface LoginState {
  error: string | null
}

// A server action may set cookies with cookies().set(): it runs before any of the response is
// streamed, so Next can still add Set-Cookie headers. A server component cannot.
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const flow = parseFlow(form.get('flow'))
  if (!flow) return { error: `Pick a strategy: one of ${FLOWS.map((f) => f.name).join(', ')}.` }
  let result
  try {
    result = await signIn({ username: form.get('username'), password: form.get('password') }, clientIp(headers()))
  } catch (error) {
    if (error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE') {
      return { error: 'The session store is unavailable. Nothing was changed; try again in a few seconds.' }
    }
    throw error
  }
  if (!result.ok) return { error: result.message }
  writeAuthCookies(cookies(), result.tokens)
  cookies().set(FLOW_COOKIE, flow, cookieOptions(result.tokens.refreshMaxAge))
  // One way signed in at a time: a session with the provider's tokens ends here.
  if (issuerOf((name) => cookies().has(name)) === 'provider') {
    clearAuthCookies(cookies(), IDP_COOKIES)
    endProviderLog(cookies())
  }
  await recordLogin(result.tokens, 'server-action', flow)
  // Only a path on this site: an absolute or protocol-relative URL would be an open redirect.
  redirect(safeReturnTo(form.get('return_to')?.toString()) ?? HOME_PATH)
}
