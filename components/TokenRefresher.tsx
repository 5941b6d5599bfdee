'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { LOGIN_PATH, REFRESH_PATH, SESSION_PATH, refreshMarginMs } from '@/lib/edge/protocol'
import type { SessionState } from '@/lib/node/routes/session'
import { AUTH_CHANNEL, type AuthMessage } from './auth-channel'

const LOCK = 'cookie-flow-refresh'

interface Props {
  expiresAt: number | null // ms; null or past: the page arrived with an expired access token
  ttlMs: number
}

/**
 * The `client` strategy: the browser refreshes its own tokens, so the Set-Cookie lands in its jar.
 * Refreshes shortly before expiry; one refresh at a time per tab (single-flight) and across tabs
 * (a Web Lock, then a re-check, since another tab may have just done it); catches up when the tab
 * becomes visible again, because background timers are throttled and may fire late or not at all.
 */
export function TokenRefresher({ expiresAt, ttlMs }: Props) {
  const router = useRouter()
  const expiry = useRef(expiresAt ?? 0)

  useEffect(() => {
    const margin = refreshMarginMs(ttlMs)
    const channel = new BroadcastChannel(AUTH_CHANNEL)
    let timer: ReturnType<typeof setTimeout> | undefined
    let inflight: Promise<void> | null = null
    let stopped = false

    const isDue = () => Date.now() >= expiry.current - margin
    const schedule = (delay = Math.max(0, expiry.current - margin - Date.now())) => {
      clearTimeout(timer)
      if (!stopped) timer = setTimeout(refresh, delay)
    }

    async function refreshNow() {
      // Inside the lock: the cookies are shared by every tab, so ask the server what they hold now.
      const current: SessionState = await fetch(SESSION_PATH, { cache: 'no-store' }).then((r) => r.json())
      const expiresAt = current.accessToken?.expiresAt
      if (current.status === 'active' && expiresAt && expiresAt - margin > Date.now()) {
        expiry.current = expiresAt
        return
      }
      const res = await fetch(REFRESH_PATH, { method: 'POST', headers: { accept: 'application/json' } })
      const body = await res.json().catch(() => ({}))
      if (res.ok) {
        expiry.current = body.expiresAt
        channel.postMessage({ type: 'refreshed', expiresAt: body.expiresAt } satisfies AuthMessage)
        router.refresh() // server components re-render with the new cookie
      } else if (res.status === 401) {
        stopped = true
        window.location.assign(`${LOGIN_PATH}?reason=${encodeURIComponent(body.error ?? 'session_revoked')}`)
      } else {
        throw new Error(body.message ?? `refresh failed with ${res.status}`)
      }
    }

    function refresh() {
      inflight ??= (navigator.locks ? navigator.locks.request(LOCK, refreshNow) : refreshNow())
        .then(() => schedule())
        .catch((error) => {
          console.warn('[TokenRefresher] will retry:', error instanceof Error ? error.message : error)
          schedule(2000)
        })
        .finally(() => (inflight = null))
      return inflight
    }

    channel.onmessage = (event: MessageEvent<AuthMessage>) => {
      if (event.data.type !== 'refreshed') return
      expiry.current = event.data.expiresAt
      schedule()
      router.refresh()
    }
    const onWake = () => {
      if (document.visibilityState === 'visible' && isDue()) refresh()
    }
    document.addEventListener('visibilitychange', onWake)
    window.addEventListener('focus', onWake)

    if (isDue()) refresh()
    else schedule()

    return () => {
      stopped = true
      clearTimeout(timer)
      channel.close()
      document.removeEventListener('visibilitychange', onWake)
      window.removeEventListener('focus', onWake)
    }
  }, [router, ttlMs])

  useEffect(() => {
    // A server render after router.refresh() brings the new expiry.
    if (expiresAt && expiresAt > expiry.current) expiry.current = expiresAt
  }, [expiresAt])

  return null
}
