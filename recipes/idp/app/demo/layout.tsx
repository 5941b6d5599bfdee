import type { ReactNode } from 'react'
import { SignOutListener } from '@/components/SignOutSync'
import { TokenRefresher } from '@/components/TokenRefresher'
import { currentIdpSession } from '@/lib/node/idp/request-session'
import { configuredStrategy } from '@/lib/strategies'

// As for your own tokens; the access token's lifetime is the provider's.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await currentIdpSession()
  const signedIn = session.status === 'active' || session.status === 'expired'
  return (
    <>
      {signedIn && <SignOutListener />}
      {signedIn && configuredStrategy().clientRefresher && <TokenRefresher expiresAt={session.expiresAt} ttlMs={session.lifetimeMs ?? 0} />}
      {children}
    </>
  )
}
