import Link from 'next/link'
import { FLOW_LABELS, FLOWS } from '@/lib/edge/flow'

export const metadata = { title: 'Live demo' }

export default function DemoPage() {
  return (
    <main className="narrow">
      <p>
        <Link href="/">← Back to the guide</Link>
      </p>
      <h1>Live demo</h1>
      <p>
        This is the real app: sign in, let the short-lived access token expire, and watch this server refresh it with
        the strategy you picked. The dashboard draws every refresh as it happened, including who received the
        Set-Cookie and whether your browser ever presented the new token.
      </p>
      <ul>
        {FLOWS.map((flow) => (
          <li key={flow}>
            <Link href={`/demo/login?flow=${flow}`}>
              <code>{flow}</code>
            </Link>{' '}
            — {FLOW_LABELS[flow]}
          </li>
        ))}
      </ul>
      <p>
        {/* No prefetch: a page that depends on the session, prefetched while signed in, would be
            shown from the router's prefetch cache after a sign-out (see pages/sign-out.mdx). */}
        <Link className="button" href="/demo/dashboard" prefetch={false}>
          Open the dashboard
        </Link>
      </p>
    </main>
  )
}
