import { cookies } from 'next/headers'
import type { ReactNode } from 'react'
import { SignOutListener } from '@/components/SignOutSync'
import { TokenRefresher } from '@/components/TokenRefresher'
import { FLOW_COOKIE, flowNamed, flowOf } from '@/lib/demo/edge/flows'
import { authEnv } from '@/lib/node/env'
import { currentSession } from '@/lib/node/request-session'

// Mounted high in the demo tree so they survive navigations between demo pages. The demo's
// strategy comes from its cookie; an app's layout asks configuredStrategy() the same question.
export default async function DemoLayout({ children }: { children: ReactNode }) {
  const session = await currentSession()
  const signedIn = session.status === 'active' || session.status === 'expired'
  const flow = flowOf(cookies().get(FLOW_COOKIE)?.value)
  return (
    <>
      {signedIn && <SignOutListener />}
      {signedIn && flow && flowNamed(flow).clientRefresher && <TokenRefresher expiresAt={session.expiresAt} ttlMs={authEnv().accessTtl * 1000} />}
      {children}
    </>
  )
}
