import Link from 'next/link'
import { FLOWS } from '@/lib/demo/edge/flows'
import { HOME_PATH, LOGIN_PATH } from '@/lib/edge/protocol'

export const metadata = { title: 'Live demo' }

export default function DemoPage() {
  return (
    <main className="narrow">
      <h1>Live demo</h1>
      <p>
        This is the real app: sign in, let the short-lived access token expire, and watch this server refresh it with
        the strategy you picked. The dashboard draws every refresh as it happened, including who received the
        Set-Cookie and whether your browser ever presented the new token.
      </p>
      <ul>
        {FLOWS.map(({ name, label }) => (
          <li key={name}>
            <Link href={`${LOGIN_PATH}?flow=${name}`}>
              <code>{name}</code>
            </Link>{' '}
            — {label}
          </li>
        ))}
      </ul>
      <p>
        {/* No prefetch: a page that depends on the session, prefetched while signed in, would be
            shown from the router's prefetch cache after a sign-out (see pages/sign-out.mdx). */}
        <Link className="button" href={HOME_PATH} prefetch={false}>
          Open the dashboard
        </Link>
      </p>
    </main>
  )
}
