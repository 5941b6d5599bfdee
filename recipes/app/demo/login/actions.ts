'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { writeAuthCookies } from '@/lib/edge/cookies'
import { AuthError } from '@/lib/edge/errors'
import { HOME_PATH } from '@/lib/edge/protocol'
import { safeReturnTo } from '@/lib/edge/return-to'
import { clientIp } from '@/lib/node/rate-limit'
import { signIn } from '@/lib/node/sign-in'

export interface SignInState {
  error: string | null
}

// A server action may set cookies: it runs before any of the response is streamed. A server
// component cannot.
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  let result
  try {
    // Awaited: cookies() and headers() are async from Next 15 (awaiting 14's plain objects is harmless).
    result = await signIn({ username: form.get('username'), password: form.get('password') }, clientIp(await headers()))
  } catch (error) {
    if (error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE') return { error: 'The session store is unavailable. Try again in a few seconds.' }
    throw error
  }
  if (!result.ok) return { error: result.message }
  writeAuthCookies(await cookies(), result.tokens)
  // Only a path on this site: an absolute or scheme-relative URL would be an open redirect.
  redirect(safeReturnTo(form.get('return_to')?.toString()) ?? HOME_PATH)
}
