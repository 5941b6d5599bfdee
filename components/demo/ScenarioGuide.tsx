import Link from 'next/link'
import { switchFlow } from '@/app/demo/dashboard/actions'
import type { Flow } from '@/lib/demo/edge/flows'
import type { Issuer } from '@/lib/demo/edge/issuer'
import type { Scenario } from '@/lib/demo/edge/scenarios'
import { LOGIN_PATH, LOGOUT_PATH } from '@/lib/edge/protocol'

interface Props {
  scenario: Scenario & { id: string }
  current: Flow
  issuer: Issuer
}

/**
 * The case a guide page's "See it live" link asked for: what to press, and the strategy it needs.
 * Switching is a button (a POST to the server action), never done by the link itself: a link
 * from anywhere must not change a session.
 */
export function ScenarioGuide({ scenario, current, issuer }: Props) {
  const needsOtherSignIn = scenario.issuer !== issuer
  return (
    <section className="card scenario" aria-labelledby="scenario-title" data-testid="scenario">
      <h2 id="scenario-title">Scenario: {scenario.title}</h2>
      {needsOtherSignIn ? (
        <form method="post" action={LOGOUT_PATH}>
          <p>
            This one needs {scenario.issuer === 'provider' ? 'tokens from the identity provider' : 'tokens this app signs itself (demo / demo)'}.
            Sign out, then <Link href={`${LOGIN_PATH}?flow=${scenario.flow}`}>sign in that way</Link> with the <code>{scenario.flow}</code> strategy.
          </p>
          <button type="submit" className="button secondary">
            Sign out
          </button>
        </form>
      ) : scenario.flow !== current ? (
        <form action={switchFlow}>
          <p>
            It runs with the <code>{scenario.flow}</code> strategy; this session uses <code>{current}</code>.
          </p>
          <input type="hidden" name="flow" value={scenario.flow} />
          <button type="submit" className="button">
            Switch to {scenario.flow}
          </button>
        </form>
      ) : null}
      <ol>
        {scenario.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        <Link href={scenario.guide}>← Back to the guide</Link>
      </p>
    </section>
  )
}
