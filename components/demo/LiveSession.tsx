'use client'

import { useEffect, useState } from 'react'
import { ExpiryCountdown } from './ExpiryCountdown'
import { FlowInspector } from './FlowInspector'
import { byParty } from './inspector-messages'
import { TokenHoldings } from './TokenHoldings'
import type { SessionSnapshot } from '@/lib/demo/node/snapshot'

const POLL_MS = 1000

/** Polls the inspector route (outside the middleware matcher, so polling never triggers a refresh). */
export function LiveSession({ initial }: { initial: SessionSnapshot }) {
  const [snapshot, setSnapshot] = useState(initial)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let alive = true
    const poll = async () => {
      try {
        const res = await fetch('/demo/api/inspector', { cache: 'no-store' })
        const body = (await res.json()) as SessionSnapshot & { message?: string }
        if (!alive) return
        if (res.ok) {
          setSnapshot(body)
          setError(null)
        } else setError(body.message ?? `The session route answered ${res.status}.`)
      } catch {
        if (alive) setError('Could not reach the session route.')
      }
    }
    const timer = setInterval(poll, POLL_MS)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])

  const lastRefresh = [...snapshot.events].reverse().find((e) => e.kind === 'refresh')
  return (
    <div>
      <section className="card" aria-labelledby="live-title">
        <h2 id="live-title">Access token</h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd data-testid="live-status">{snapshot.status}</dd>
          <dt>Expiry</dt>
          <dd>
            <ExpiryCountdown expiresAt={snapshot.accessToken?.expiresAt ?? null} />
          </dd>
          <dt>Last refreshed</dt>
          <dd data-testid="last-refresh">
            {lastRefresh
              ? `${new Date(lastRefresh.at).toISOString().slice(11, 19)} UTC by ${byParty(lastRefresh)} (${lastRefresh.outcome})`
              : 'not yet'}
          </dd>
        </dl>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </section>
      <TokenHoldings holdings={snapshot.holdings} />
      <FlowInspector events={snapshot.events} />
    </div>
  )
}
