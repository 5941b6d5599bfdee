import type { NextRequest } from 'next/server'
import { recordLogout } from '@/lib/demo/node/record'
import { logoutPost } from '@/lib/node/routes/logout'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** POST: the recipes' sign-out (the whole refresh-token family is revoked), noted by the inspector. */
export async function POST(req: NextRequest) {
  const { response, ended } = await logoutPost(req)
  await recordLogout(req, ended)
  return response
}
