import type { NextRequest } from 'next/server'
import { jsonError } from '@/lib/node/http'
import { crossSiteReason } from '@/lib/node/same-origin'

/** Every lab route changes the caller's session: another site must not be able to make it do so. */
export function crossSiteRefusal(req: NextRequest): Response | null {
  const crossSite = crossSiteReason(req.headers)
  return crossSite ? jsonError(403, 'cross_site', `Refused a cross-site request: ${crossSite}.`) : null
}
