import { redirect } from 'next/navigation'
import { HOME_PATH, LOGIN_PATH, LOGOUT_PATH } from '@/lib/edge/protocol'
import { currentIdpSession } from '@/lib/node/idp/request-session'

export const dynamic = 'force-dynamic'

// A protected page. The middleware let the request through; the page checks the token again.
export default async function Dashboard() {
  const session = await currentIdpSession()
  if (session.status === 'unavailable') return <p role="alert">The identity provider cannot be reached. Your session is intact: reload in a few seconds.</p>
  if (session.status === 'signed-out') redirect(`${LOGIN_PATH}?reason=${session.reason}&return_to=${HOME_PATH}`)
  return (
    <main>
      <h1>Dashboard</h1>
      {session.status === 'active' ? (
        <p>
          Signed in as <strong>{session.user.name}</strong>, with access token <code>{session.jti}</code>.
        </p>
      ) : (
        <p role="status">Your access token has expired; it is being refreshed.</p>
      )}
      <form method="post" action={LOGOUT_PATH}>
        <button type="submit">Sign out</button>
      </form>
    </main>
  )
}
