import { cookies, headers } from 'next/headers'
import { cache } from 'react'
import { FORWARDED_HEADER } from '@/lib/edge/refresh-route'
import { readSession } from './session'

/** The session for the server component tree being rendered; read once per request. */
export const currentSession = cache(() => {
  const jar = cookies()
  return readSession({ cookie: (name) => jar.get(name)?.value, forwarded: headers().has(FORWARDED_HEADER) })
})
