import type { ReactNode } from 'react'
import { SignOutListener } from '@/components/SignOutSync'
import { TokenRefresher } from '@/components/TokenRefresher'
import { authEnv } from '@/lib/node/env'
import { currentSession } from '@/lib/node/request-session'
import { configuredStrategy } from '@/lib/strategies'

// Above the signed-in pages, so these survive navigations between them: a sign-out in another tab
// ends this one too, and with the client strategy the browser refreshes before expiry.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await currentSession()
  const signedIn = session.status === 'active' || session.status === 'expired'
  return (
    <>
      {signedIn && <SignOutListener />}
      {signedIn && configuredStrategy().clientRefresher && <TokenRefresher expiresAt={session.expiresAt} ttlMs={authEnv().accessTtl * 1000} />}
      {children}
    </>
  )
}
