import type { NextRequest } from 'next/server'
import { handleAuthErrors, json } from '@/lib/node/http'
import { readSession } from '@/lib/node/session'
import { sessionSnapshot } from '@/lib/node/session-snapshot'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** GET: the session's state and its recent flow events, for the dashboard's live inspector. */
export async function GET(req: NextRequest) {
  return handleAuthErrors(async () => {
    const session = await readSession({ cookie: (name) => req.cookies.get(name)?.value, forwarded: false })
    return json(await sessionSnapshot(session))
  })
}
