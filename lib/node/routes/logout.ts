import { NextResponse, type NextRequest } from 'next/server'
import { clearAuthCookies, PRIVATE_NO_STORE } from '@/lib/edge/cookies'
import { LOGIN_PATH } from '@/lib/edge/protocol'
import { handleAuthErrors, json, jsonError } from '../http'
import { endSession } from '../rotation'
import { crossSiteReason } from '../same-origin'
import { readSession } from '../session'

// The sign-out route, for app/api/auth/logout/route.ts. `ended` is the session it revoked, if any.

export async function logoutPost(req: NextRequest): Promise<{ response: Response; ended: string | null }> {
  // Logout CSRF is a nuisance, not a breach, but a state change is a state change.
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return { response: jsonError(403, 'cross_site', `Refused a cross-site sign-out: ${crossSite}.`), ended: null }
  let ended: string | null = null
  const response = await handleAuthErrors(async () => {
    const session = await readSession((name) => req.cookies.get(name)?.value)
    if (session.status !== 'signed-out') await endSession((ended = session.family.id))
    // A plain HTML form expects a page (a new document: no client state from before survives);
    // scripts expect JSON.
    const wantsPage = req.headers.get('accept')?.includes('text/html')
    const res = wantsPage
      ? new NextResponse(null, { status: 303, headers: { location: `${LOGIN_PATH}?reason=logged_out`, 'cache-control': PRIVATE_NO_STORE } })
      : json({ ok: true, wasSignedIn: session.status !== 'signed-out' })
    clearAuthCookies(res.cookies)
    return res
  })
  return { response, ended }
}

export const POST = async (req: NextRequest) => (await logoutPost(req)).response
