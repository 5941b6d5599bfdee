import type { NextRequest } from 'next/server'
import { handleAuthErrors, json, jsonError } from '@/lib/node/http'
import { clientIp } from '@/lib/node/rate-limit'
import { crossSiteReason } from '@/lib/node/same-origin'
import { signIn, writeSessionCookies } from '@/lib/node/sign-in'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const MAX_BODY = 4096

/** POST {username, password, flow} as JSON: for scripts and the curl recipes. */
export async function POST(req: NextRequest) {
  // Login CSRF: a cross-site form must not sign the victim into an attacker's session.
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return jsonError(403, 'cross_site', `Refused a cross-site sign-in: ${crossSite}.`)
  if (!req.headers.get('content-type')?.includes('application/json')) {
    return jsonError(415, 'bad_content_type', 'Send JSON: Content-Type: application/json.')
  }
  const text = await req.text()
  if (text.length > MAX_BODY) return jsonError(413, 'body_too_large', `The body must be under ${MAX_BODY} bytes.`)
  let body: Record<string, unknown>
  try {
    body = JSON.parse(text)
  } catch {
    return jsonError(400, 'bad_json', 'The body is not valid JSON. Expected {"username": "demo", "password": "demo", "flow": "forward"}.')
  }
  if (!body || typeof body !== 'object') return jsonError(400, 'bad_json', 'The body must be a JSON object.')
  return handleAuthErrors(async () => {
    const { username, password, flow } = body
    const result = await signIn({ username, password, flow }, clientIp(req.headers), 'api')
    if (!result.ok) {
      const headers: Record<string, string> = result.retryAfter ? { 'retry-after': String(result.retryAfter) } : {}
      return jsonError(result.status, result.error, result.message, headers)
    }
    const { family, access } = result.tokens
    const res = json({ user: { name: family.name }, flow: result.flow, expiresAt: access.exp * 1000 })
    writeSessionCookies(res.cookies, result)
    return res
  })
}
