import type { Outcome, Timeline } from './compare-run'

const OUTCOME: Record<Outcome, { text: string; tone: 'ok' | 'warn' | 'error' }> = {
  fresh: { text: 'Signed in with fresh tokens: the browser holds the new access and refresh tokens.', tone: 'ok' },
  lost: {
    text: "Refreshed, but the tokens were lost: the server rotated them, the new cookies never reached the browser, so the page rendered with the expired token and the browser's next request presented the replaced refresh token again.",
    tone: 'error'
  },
  expired: { text: 'Not refreshed: the page rendered with the expired access token.', tone: 'warn' },
  'signed-out': { text: 'Signed out: the session ended.', tone: 'error' }
}

const REPAIRED = {
  kept: 'Inside the grace window the server answered that request with the successor it had already minted, so your session goes on. After the window it would have been reuse, and the session revoked.',
  'signed-out': 'That request came too late for the grace window: the server took it for reuse and revoked the session.'
}

const who = (by: 'browser' | 'middleware') => (by === 'browser' ? 'Browser' : 'Middleware')

/** One strategy's run: each real request in order, the browser's round trips, the outcome. */
export function CompareTimeline({ timeline }: { timeline: Timeline }) {
  const { flow, rows, roundTrips, redirectsMs, outcome, repaired } = timeline
  const id = `compare-${flow}`
  let redirectTimed = false
  return (
    <section aria-labelledby={`${id}-title`} className="compare-timeline" data-testid={id}>
      <h3 id={`${id}-title`}>
        <code>{flow}</code>
      </h3>
      <p data-testid="round-trips">
        Browser round trips: <strong>{roundTrips}</strong>
      </p>
      <ol className="compare-rows">
        {rows.map((row, i) => {
          const isRedirect = row.status.startsWith('3') && row.by === 'browser'
          let time = row.ms === null ? '' : `${row.ms} ms`
          if (isRedirect && redirectsMs !== null) {
            time = redirectTimed ? 'timed with the redirect above' : `${redirectsMs} ms for the redirects together`
            redirectTimed = true
          }
          return (
            <li key={i} data-testid="hop" className={row.by === 'middleware' ? 'by-middleware' : undefined}>
              <span className="compare-who">{who(row.by)}</span>{' '}
              <code data-testid="hop-request">
                {row.method} {row.path} → {row.status}
              </code>
              {time && <span className="compare-time"> · {time}</span>}
              {row.note && <span className="compare-note"> · {row.note}</span>}
            </li>
          )
        })}
      </ol>
      <p className={`notice ${OUTCOME[outcome].tone}`} data-testid="outcome">
        {OUTCOME[outcome].text}
        {repaired && <> {REPAIRED[repaired]}</>}
      </p>
    </section>
  )
}
