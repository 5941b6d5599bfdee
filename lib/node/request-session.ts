import { cookies } from 'next/headers'
import { cache } from 'react'
import { AuthError } from '@/lib/edge/errors'
import { readSession, type SessionView } from './session'

/** The session for the server component tree being rendered; read once per request. */
export const currentSession = cache(async (): Promise<SessionView | { status: 'unavailable' }> => {
  // Awaited: cookies() is async from Next 15 (and awaiting 14's plain object is harmless).
  const jar = await cookies()
  try {
    return await readSession((name) => jar.get(name)?.value)
  } catch (error) {
    // A store outage is not a logout: the page says so and keeps the cookies, as the API's 503 does.
    if (error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE') return { status: 'unavailable' }
    throw error
  }
})
