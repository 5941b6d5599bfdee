'use server'

import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { FLOW_COOKIE, parseFlow } from '@/lib/demo/edge/flows'
import { recordSwitch } from '@/lib/demo/node/record'
import { cookieOptions } from '@/lib/edge/cookies'
import { authEnv } from '@/lib/node/env'
import { currentSession } from '@/lib/node/request-session'

/** Switches the refresh strategy in place: the next expiry is handled the new way. */
export async function switchFlow(form: FormData): Promise<void> {
  const flow = parseFlow(form.get('flow'))
  // Server actions are public endpoints: check the session here too, not only in the page.
  const session = await currentSession()
  if (!flow || (session.status !== 'active' && session.status !== 'expired')) return
  cookies().set(FLOW_COOKIE, flow, cookieOptions(authEnv().refreshTtl))
  await recordSwitch(session.family.id, flow)
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
  const session = await currentSession()
  return { status: session.status, jti: session.status === 'active' ? session.jti : null }
}
