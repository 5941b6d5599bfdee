'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'
import { LOGIN_PATH } from '@/lib/edge/protocol'
import { labRequest, type RunLab } from './lab-request'
import { setLabStatus, useLabStatus } from './lab-status'
import { StoreOutageControl } from './StoreOutageControl'
import { TabSleepControl } from './TabSleepControl'

// Buttons that cause the cases the guide describes, for real, on this session: an access token
// that has expired, a stolen refresh token replayed, a store outage, a tab that slept, a second
// tab. Each calls a demo-only route under /demo/api/lab that acts on the caller's own cookies.

interface Props {
  /** This app signed the tokens (an identity provider's expire on its own clock). */
  ownTokens: boolean
  /** The strategy refreshes from the tab (client): then sleeping the tab matters. */
  clientRefresher: boolean
  ttlMs: number
  /** The page could not check the session because the store is down: only "bring it back" applies. */
  storeDown?: boolean
}

export function LabControls({ ownTokens, clientRefresher, ttlMs, storeDown = false }: Props) {
  const router = useRouter()
  const status = useLabStatus()
  const [pending, setPending] = useState(false)

  const run: RunLab = useCallback(async (action) => {
    setPending(true)
    let text: string | null
    try {
      text = await action()
    } catch {
      text = 'The request failed: is the server running?'
    }
    setLabStatus(text)
    setPending(false)
  }, [])

  const expire = () =>
    run(async () => {
      const { ok, body } = await labRequest('/demo/api/lab/expire')
      if (!ok) return body.message ?? 'Refused.'
      return 'Your access token has expired. Reload the page, or send the parallel requests below, and watch the strategy refresh it.'
    })

  const replay = () =>
    run(async () => {
      const { ok, body } = await labRequest('/demo/api/lab/replay')
      if (ok) return `Within the grace window: answered as a concurrent request (${body.outcome}), with the successor this browser already holds. Try again once the window has passed.`
      if (body.error === 'reuse_detected') {
        router.push(`${LOGIN_PATH}?reason=reuse_detected`)
        return 'Reuse detected: the whole session was revoked.'
      }
      return body.message ?? 'Refused.'
    })

  const result = (
    <p role="status" data-testid="lab-result">
      {status}
    </p>
  )
  if (storeDown) {
    return (
      <section className="card" aria-labelledby="lab-title">
        <h2 id="lab-title">Cause it yourself</h2>
        <p className="controls">
          <StoreOutageControl run={run} pending={pending} initiallyDown />
        </p>
        {result}
      </section>
    )
  }

  return (
    <section className="card" aria-labelledby="lab-title">
      <h2 id="lab-title">Cause it yourself</h2>
      {ownTokens ? (
        <p className="controls">
          <button type="button" className="button secondary" onClick={expire} disabled={pending}>
            Expire the access token now
          </button>
          <button type="button" className="button secondary" onClick={replay} disabled={pending}>
            Replay the previous refresh token
          </button>
          <StoreOutageControl run={run} pending={pending} />
        </p>
      ) : (
        <p>The identity provider signs these tokens, so they expire on its clock: wait for the countdown.</p>
      )}
      {clientRefresher ? (
        <p className="controls">
          <TabSleepControl run={run} pending={pending} ttlMs={ttlMs} />
        </p>
      ) : (
        <p>Sleeping the tab matters with the <code>client</code> strategy, where the tab refreshes: switch to it to try.</p>
      )}
      <p>
        <a href="/demo/dashboard" target="_blank" rel="noopener">
          Open this dashboard in a second tab
        </a>{' '}
        (with the <code>client</code> strategy, one tab refreshes and the other takes its result).
      </p>
      {result}
    </section>
  )
}
