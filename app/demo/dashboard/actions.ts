'use server'

import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { FLOW_COOKIE, parseFlow } from '@/lib/demo/edge/flows'
import { currentDemoSession } from '@/lib/demo/node/demo-session'
import { recordSwitch } from '@/lib/demo/node/record'
import { cookieOptions } from '@/lib/edge/cookies'
import { authEnv } from '@/lib/node/env'

/** Switches the refresh strategy in place: the next expiry is handled the new way. */
export async function switchFlow(form: FormData): Promise<void> {
  // Server actions are public endpoints: check the session here too, not only in the page.
  const session = await currentDemoSession()
  if (session.status !== 'active' && session.status !== 'expired') return
  const flow = parseFlow(form.get('flow'), session.issuer)
  if (!flow) return
  cookies().set(FLOW_COOKIE, flow, cookieOptions(authEnv().refreshTtl))
  if (session.logKey) await recordSwitch(session.logKey, flow)
  revalidatePath('/demo', 'layout')
}

export interface ActionSaw {
  status: 'active' | 'expired' | 'signed-out' | 'unavailable'
  jti: string | null
}

/**
 * Reports the session this server action sees. Its POST goes through the middleware like any
 * request to the dashboard, so after expiry the forward strategy has refreshed it on the way in.
 */
export async function sessionSeenByAction(): Promise<ActionSaw> {
  const session = await currentDemoSession()
  return { status: session.status, jti: session.status === 'active' ? session.jti : null }
}
