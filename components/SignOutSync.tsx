'use client'

import { useEffect } from 'react'
import { LOGIN_PATH, SESSION_PATH } from '@/lib/edge/protocol'
import type { SessionState } from '@/lib/node/routes/session'
import { AUTH_CHANNEL, type AuthMessage } from './auth-channel'

/**
 * Mounted on signed-in pages: when another tab says it signed out, this one leaves too, instead
 * of showing private data until its next request. The message is only a hint (any page of this
 * origin can post it), so the tab asks the server before it goes.
 */
export function SignOutListener() {
  useEffect(() => {
    const channel = new BroadcastChannel(AUTH_CHANNEL)
    channel.onmessage = async (event: MessageEvent<AuthMessage>) => {
      if (event.data.type !== 'signed-out') return
      const session: SessionState | null = await fetch(SESSION_PATH, { cache: 'no-store' }).then((r) => r.json(), () => null)
      // The server confirms there is no session here any more; the other tab said why.
      if (session?.status === 'signed-out') window.location.assign(`${LOGIN_PATH}?reason=logged_out`)
    }
    return () => channel.close()
  }, [])
  return null
}

/** Mounted on the page a sign-out lands on: tells the other tabs. */
export function SignOutAnnouncer() {
  useEffect(() => {
    const channel = new BroadcastChannel(AUTH_CHANNEL)
    channel.postMessage({ type: 'signed-out' } satisfies AuthMessage)
    channel.close()
  }, [])
  return null
}
