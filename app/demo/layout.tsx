import { cookies } from 'next/headers'
import type { ReactNode } from 'react'
import { SignOutListener } from '@/components/SignOutSync'
import { TokenRefresher } from '@/components/TokenRefresher'
import { SleepingTab } from '@/components/demo/SleepingTab'
import { FLOW_COOKIE, flowNamed, flowOf } from '@/lib/demo/edge/flows'
import { currentDemoSession } from '@/lib/demo/node/demo-session'

// Mounted high in the demo tree so they survive navigations between demo pages. The demo's
// strategy comes from its cookie; an app's layout asks configuredStrategy() the same question.
// SleepingTab is only the lab's "sleep the tab": an app mounts the refresher alone.
export default async function DemoLayout({ children }: { children: ReactNode }) {
  const session = await currentDemoSession()
  const signedIn = session.status === 'active' || session.status === 'expired'
  const flow = flowOf(cookies().get(FLOW_COOKIE)?.value, session.issuer)
  return (
    <>
      {signedIn && <SignOutListener />}
      {signedIn && flow && flowNamed(flow).clientRefresher && (
        <SleepingTab>
          <TokenRefresher expiresAt={session.expiresAt} ttlMs={session.lifetimeMs} />
        </SleepingTab>
      )}
      {children}
    </>
  )
}
