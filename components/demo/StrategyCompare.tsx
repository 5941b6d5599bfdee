'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { FLOWS_FOR, type Flow } from '@/lib/demo/edge/flows'
import type { Issuer } from '@/lib/demo/edge/issuer'
import { LOGIN_PATH } from '@/lib/edge/protocol'
import { CompareTimeline } from './CompareTimeline'
import { runScenario, setStrategy, type Timeline } from './compare-run'
import './compare.css'

// The same scenario under two strategies, for real, one after the other on the reader's own
// session: the access token expires, the dashboard is loaded as a navigation, and what each
// request did is shown side by side. Then the reader's own strategy is put back.

export function StrategyCompare({ current, issuer }: { current: Flow; issuer: Issuer }) {
  const router = useRouter()
  const flows = FLOWS_FOR[issuer].map((s) => s.name)
  const [picked, setPicked] = useState<[Flow, Flow]>(['forward', 'redirect'])
  const [status, setStatus] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [timelines, setTimelines] = useState<Timeline[]>([])
  const [signedOut, setSignedOut] = useState(false)

  const run = async () => {
    setPending(true)
    setTimelines([])
    setSignedOut(false)
    const done: Timeline[] = []
    let ended = false
    try {
      for (const flow of picked) {
        const timeline = await runScenario(flow, setStatus)
        done.push(timeline)
        setTimelines([...done])
        if (timeline.outcome === 'signed-out' || timeline.repaired === 'signed-out') {
          ended = true
          setSignedOut(true)
          setStatus('The session ended, so the compare stopped.')
          return
        }
      }
      await setStrategy(current, false)
      setStatus(`Done. Your own strategy, ${current}, is back.`)
    } catch (error) {
      // Put the reader's strategy back whatever went wrong; it fails only without a session.
      await setStrategy(current, false).catch(() => undefined)
      setStatus(`The compare stopped: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setPending(false)
      // The page above shows the tokens the browser holds now; after a sign-out it would leave for
      // the sign-in page, taking the timelines with it.
      if (!ended) router.refresh()
    }
  }

  const pick = (index: 0 | 1) => (event: React.ChangeEvent<HTMLSelectElement>) => {
    const next: [Flow, Flow] = [...picked]
    next[index] = event.target.value as Flow
    setPicked(next)
  }

  return (
    <section className="card compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Strategy side by side</h2>
      <p>
        Pick two strategies and run the same case under each, on your own session: your access token expires, then this
        page requests the dashboard as a browser navigation requests it. Then your own strategy (<code>{current}</code>)
        comes back.
      </p>
      <div className="compare-picks">
        {([0, 1] as const).map((i) => (
          <label key={i}>
            {i === 0 ? 'First strategy' : 'Second strategy'}{' '}
            <select value={picked[i]} onChange={pick(i)} disabled={pending || issuer !== 'app'}>
              {flows.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {issuer === 'app' ? (
        <p>
          <button type="button" className="button" onClick={run} disabled={pending || picked[0] === picked[1]}>
            Compare them
          </button>
          {picked[0] === picked[1] && <> Pick two different strategies.</>}
        </p>
      ) : (
        <p>
          Not available for this session: the identity provider signs its tokens, so this page cannot expire them.
          They expire on the provider&apos;s clock; watch the countdown instead.
        </p>
      )}
      <p role="status" data-testid="compare-status">
        {status}
      </p>
      {signedOut && (
        <p>
          <a href={LOGIN_PATH}>Sign in again</a>
        </p>
      )}
      <div className="compare-grid">
        {timelines.map((t, i) => (
          <CompareTimeline key={`${i}-${t.flow}`} timeline={t} />
        ))}
      </div>
      <CompareHow />
    </section>
  )
}

function CompareHow() {
  return (
    <details>
      <summary>Where these figures come from</summary>
      <ul>
        <li>
          Each run requests the dashboard from this page with <code>fetch()</code>, as a navigation requests it: a GET
          with your cookies, the redirects followed and every Set-Cookie stored by the browser itself. (This site
          forbids being framed, so a hidden frame is not an option.) The times are the browser&apos;s own record of
          those requests, Resource Timing. A browser times the redirects it follows only together, so they share one
          figure.
        </li>
        <li>
          With <code>client</code>, this page sends the client refresher&apos;s two requests itself, as{' '}
          <code>TokenRefresher</code> does when the token is due: a check of the session, then the refresh. Then the
          page.
        </li>
        <li>
          A browser never lets a page see the redirects it follows. So while a run lasts, the middleware and the refresh
          route note each redirect they answer in a short-lived cookie the browser carries along, and this page reads it
          back.
        </li>
        <li>
          The middleware&apos;s own request to the refresh route never reaches the browser: it comes from the
          server&apos;s event log (the inspector&apos;s), with what the route did instead of a status.
        </li>
      </ul>
    </details>
  )
}
