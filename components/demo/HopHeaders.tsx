import './hop-headers.css'
import { Fragment } from 'react'
import { hopFrom, setCookieFate, type SetCookieFate } from './inspector-messages'
import type { ShownEvent } from '@/lib/demo/node/events'
import type { ShownCookie, ShownSetCookie } from '@/lib/demo/node/hop-headers'

const shownValue = (c: ShownCookie) => `${c.name}=${c.fp ? `sha256:${c.fp}…` : '(empty)'}`

function SetCookieLine({ cookie, fate }: { cookie: ShownSetCookie; fate: SetCookieFate | null }) {
  const line = [shownValue(cookie), ...cookie.attributes].join('; ')
  return (
    <dd data-fate={fate ? (fate.dropped ? 'dropped' : fate.tone === 'ok' ? 'passed' : 'not-passed') : 'received'}>
      {fate?.dropped ? <s>{line}</s> : line}
      {fate && <span className={`fate ${fate.tone ?? ''}`}>{fate.note}</span>}
    </dd>
  )
}

/** The headers of the request an event's route handled and of its answer: open on demand. */
export function HopHeaders({ event }: { event: ShownEvent }) {
  const hop = event.hop
  if (!hop) return null
  const fate = setCookieFate(event)
  return (
    <details className="hop-headers" data-testid="hop-headers">
      <summary>
        Headers <span className="hop-route">({hopFrom(event)} to the route handler)</span>
      </summary>
      <p className="hop-note">Each cookie value is shown as the first 8 hex digits of its SHA-256, never in full.</p>
      <p className="hop-part">Request</p>
      <dl className="header-list" data-testid="request-headers">
        <dt>{hop.request.method}</dt>
        <dd>{hop.request.path}</dd>
        {hop.request.cookies.map((c, i) => (
          <Fragment key={`c${i}`}>
            <dt>Cookie</dt>
            <dd>{shownValue(c)}</dd>
          </Fragment>
        ))}
        {hop.request.headers.map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd className={value === null ? 'absent' : undefined}>{value ?? '(not sent)'}</dd>
          </Fragment>
        ))}
      </dl>
      {hop.response && (
        <>
          <p className="hop-part">Response</p>
          <dl className="header-list" data-testid="response-headers">
            <dt>Status</dt>
            <dd>{hop.response.status}</dd>
            {hop.response.setCookies.map((c, i) => (
              <Fragment key={`s${i}`}>
                <dt>Set-Cookie</dt>
                <SetCookieLine cookie={c} fate={fate} />
              </Fragment>
            ))}
            {hop.response.headers
              .filter(([, value]) => value !== null)
              .map(([name, value]) => (
                <Fragment key={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
          </dl>
        </>
      )}
    </details>
  )
}
