'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { LOGIN_PATH } from '@/lib/edge/protocol'

// Buttons that cause the cases the guide describes, for real, on this session: an access token
// that has expired, a stolen refresh token replayed, a second tab. Each calls a demo-only route
// under /demo/api/lab that acts on the caller's own cookies.

async function post(path: string): Promise<{ ok: boolean; body: { error?: string; message?: string; outcome?: string } }> {
  const res = await fetch(path, { method: 'POST', cache: 'no-store' })
  return { ok: res.ok, body: await res.json().catch(() => ({})) }
}

export function LabControls({ ownTokens }: { ownTokens: boolean }) {
  const router = useRouter()
  const [status, setStatus] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  const run = async (action: () => Promise<string | null>) => {
    setPending(true)
    try {
      setStatus(await action())
    } catch {
      setStatus('The request failed: is the server running?')
    } finally {
      setPending(false)
    }
  }

  const expire = () =>
    run(async () => {
      const { ok, body } = await post('/demo/api/lab/expire')
      if (!ok) return body.message ?? 'Refused.'
      return 'Your access token has expired. Reload the page, or send the parallel requests below, and watch the strategy refresh it.'
    })

  const replay = () =>
    run(async () => {
      const { ok, body } = await post('/demo/api/lab/replay')
      if (ok) return `Within the grace window: answered as a concurrent request (${body.outcome}), with the successor this browser already holds. Try again once the window has passed.`
      if (body.error === 'reuse_detected') {
        router.push(`${LOGIN_PATH}?reason=reuse_detected`)
        return 'Reuse detected: the whole session was revoked.'
      }
      return body.message ?? 'Refused.'
    })

  return (
    <section className="card" aria-labelledby="lab-title">
      <h2 id="lab-title">Cause it yourself</h2>
      {ownTokens ? (
        <p>
          <button type="button" className="button secondary" onClick={expire} disabled={pending}>
            Expire the access token now
          </button>{' '}
          <button type="button" className="button secondary" onClick={replay} disabled={pending}>
            Replay the previous refresh token
          </button>
        </p>
      ) : (
        <p>The identity provider signs these tokens, so they expire on its clock: wait for the countdown.</p>
      )}
      <p>
        <a href="/demo/dashboard" target="_blank" rel="noopener">
          Open this dashboard in a second tab
        </a>{' '}
        (with the <code>client</code> strategy, one tab refreshes and the other takes its result).
      </p>
      <p role="status" data-testid="lab-result">
        {status}
      </p>
    </section>
  )
}
