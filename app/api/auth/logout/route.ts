import type { NextRequest, NextResponse } from 'next/server'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { endProviderLog } from '@/lib/demo/node/provider-log'
import { recordLogout, recordProviderLogout } from '@/lib/demo/node/record'
import { idpLogoutPost } from '@/lib/node/routes/idp-logout'
import { logoutPost } from '@/lib/node/routes/logout'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * POST: the recipes' sign-out for whichever tokens the session holds: this app's (the whole
 * refresh-token family is revoked) or the provider's (its refresh token is revoked there).
 */
export async function POST(req: NextRequest) {
  if (issuerOf((name) => req.cookies.has(name)) === 'provider') {
    const { response, revoked } = await idpLogoutPost(req)
    if (response.status < 400) {
      endProviderLog((response as NextResponse).cookies)
      await recordProviderLogout(req, revoked, response)
    }
    return response
  }
  const { response, ended } = await logoutPost(req)
  await recordLogout(req, ended, response)
  return response
}
