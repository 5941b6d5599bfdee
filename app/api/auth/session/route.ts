import type { NextRequest } from 'next/server'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { GET as idpSession } from '@/lib/node/routes/idp-session'
import { GET as session } from '@/lib/node/routes/session'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

// GET: what the browser's cookies amount to now: the recipes' session route for whichever tokens
// the session holds (an app has one kind).
export function GET(req: NextRequest) {
  return issuerOf((name) => req.cookies.has(name)) === 'provider' ? idpSession(req) : session(req)
}
