import type { Holdings } from '@/lib/demo/node/holdings'
import { ExpiryCountdown } from './ExpiryCountdown'

const json = (value: unknown) => JSON.stringify(value, null, 2)

/** What each party holds: the browser's cookies, the access token decoded, what the server expects. */
export function TokenHoldings({ holdings }: { holdings: Holdings }) {
  const { cookies, accessToken, expects } = holdings
  const exp = typeof accessToken?.claims.exp === 'number' ? accessToken.claims.exp * 1000 : null
  return (
    <section className="card" aria-labelledby="holdings-title" data-testid="holdings">
      <h2 id="holdings-title">What each party holds</h2>
      <h3>The browser: cookies</h3>
      <p>Names and attributes only: page scripts cannot read these (HttpOnly), and this page never shows a value.</p>
      <ul data-testid="holdings-cookies">
        {cookies.map((c) => (
          <li key={c.name}>
            <code>{c.name}</code>: {c.sent ? 'sent with the last request' : 'not held'} ({c.attributes})
          </li>
        ))}
      </ul>
      <h3>The access token, decoded</h3>
      {accessToken ? (
        <>
          <p>
            <ExpiryCountdown expiresAt={exp} /> (decoded here, verified by the middleware and the page)
          </p>
          <pre tabIndex={0} aria-label="Access token header" data-testid="holdings-header">
            {json(accessToken.header)}
          </pre>
          <pre tabIndex={0} aria-label="Access token claims" data-testid="holdings-claims">
            {json(accessToken.claims)}
          </pre>
        </>
      ) : (
        <p>No access token in the last request.</p>
      )}
      <h3>The server: what it accepts</h3>
      <dl className="facts" data-testid="holdings-expects">
        <dt>Algorithms</dt>
        <dd>{expects.algorithms.join(', ')} (pinned: never the one a token names)</dd>
        <dt>Issuer</dt>
        <dd>
          <code>{expects.issuer}</code>
        </dd>
        <dt>Audience</dt>
        <dd>
          <code>{expects.audience}</code>
        </dd>
        <dt>Clock tolerance</dt>
        <dd>{expects.clockToleranceS} s</dd>
      </dl>
    </section>
  )
}
