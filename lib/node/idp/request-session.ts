import { cookies } from 'next/headers'
import { cache } from 'react'
import { AuthError } from '@/lib/edge/errors'
import { readIdpSession, type IdpSessionView } from './session'

/** The session for the server component tree being rendered, read once per request. */
export const currentIdpSession = cache(async (): Promise<IdpSessionView | { status: 'unavailable' }> => {
  // Awaited: cookies() is async from Next 15 (and awaiting 14's plain object is harmless).
  const jar = await cookies()
  try {
    return await readIdpSession((name) => jar.get(name)?.value)
  } catch (error) {
    // The provider's keys could not be fetched: not a logout. The page says so and keeps the cookies.
    if (error instanceof AuthError && error.code === 'ERR_PROVIDER_UNAVAILABLE') return { status: 'unavailable' }
    throw error
  }
})
