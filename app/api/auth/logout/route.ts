import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'
import { clearAuthCookies, PRIVATE_NO_STORE } from '@/lib/edge/cookies'
import { handleAuthErrors, json, jsonError } from '@/lib/node/http'
import { endSession } from '@/lib/node/rotation'
import { crossSiteReason } from '@/lib/node/same-origin'
import { readSession } from '@/lib/node/session'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** POST: revokes the whole refresh-token family (every device copy), then clears the cookies. */
export async function POST(req: NextRequest) {
  // Logout CSRF is a nuisance, not a breach, but a state change is a state change.
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return jsonError(403, 'cross_site', `Refused a cross-site sign-out: ${crossSite}.`)
  return handleAuthErrors(async () => {
    const session = await readSession({ cookie: (name) => req.cookies.get(name)?.value, forwarded: false })
    if (session.status !== 'signed-out') await endSession(session.family.id, 'api')
    // The dashboard's plain HTML form expects a page; scripts expect JSON.
    const wantsPage = req.headers.get('accept')?.includes('text/html')
    const res = wantsPage
      ? new NextResponse(null, { status: 303, headers: { location: '/demo/login?reason=logged_out', 'cache-control': PRIVATE_NO_STORE } })
      : json({ ok: true, wasSignedIn: session.status !== 'signed-out' })
    clearAuthCookies(res.cookies)
    return res
  })
}
