'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { AuthError } from '@/lib/edge/errors'
import { safeReturnTo } from '@/lib/edge/return-to'
import { clientIp } from '@/lib/node/rate-limit'
import { signIn, writeSessionCookies } from '@/lib/node/sign-in'

export interface LoginState {
  error: string | null
}

// A server action may set cookies with cookies().set(): it runs before any of the response is
// streamed, so Next can still add Set-Cookie headers. A server component cannot.
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  let result
  try {
    result = await signIn(
      { username: form.get('username'), password: form.get('password'), flow: form.get('flow') },
      clientIp(headers()),
      'server-action'
    )
  } catch (error) {
    if (error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE') {
      return { error: 'The session store is unavailable. Nothing was changed; try again in a few seconds.' }
    }
    throw error
  }
  if (!result.ok) return { error: result.message }
  writeSessionCookies(cookies(), result)
  // Only a path on this site: an absolute or protocol-relative URL would be an open redirect.
  redirect(safeReturnTo(form.get('return_to')?.toString()) ?? '/demo/dashboard')
}
