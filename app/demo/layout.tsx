import type { ReactNode } from 'react'
import { SignOutListener } from '@/components/SignOutSync'
import { TokenRefresher } from '@/components/TokenRefresher'
import { authEnv } from '@/lib/node/env'
import { currentSession } from '@/lib/node/request-session'

// Mounted high in the demo tree so it survives navigations between demo pages.
export default async function DemoLayout({ children }: { children: ReactNode }) {
  const session = await currentSession()
  const signedIn = session.status === 'active' || session.status === 'expired'
  return (
    <>
      {signedIn && <SignOutListener />}
      {signedIn && session.flow === 'client' && <TokenRefresher expiresAt={session.expiresAt} ttlMs={authEnv().accessTtl * 1000} />}
      {children}
    </>
  )
}
