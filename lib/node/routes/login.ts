import type { NextRequest } from 'next/server'
import { writeAuthCookies } from '@/lib/edge/cookies'
import { handleAuthErrors, json, jsonError } from '../http'
import { clientIp } from '../rate-limit'
import { crossSiteReason } from '../same-origin'
import { signIn, type SignInResult } from '../sign-in'

// The JSON sign-in route, for app/api/auth/login/route.ts: for scripts, tests and curl. The sign-in
// form uses a server action instead (the same signIn()).

const MAX_BODY = 4096

export type LoginBody = { ok: true; body: Record<string, unknown> } | { ok: false; response: Response }

/** The request's JSON object, or the answer that says what is wrong with it. */
export async function readLoginBody(req: NextRequest): Promise<LoginBody> {
  // Login CSRF: a cross-site form must not sign the victim into an attacker's session.
  const crossSite = crossSiteReason(req.headers)
  if (crossSite) return { ok: false, response: jsonError(403, 'cross_site', `Refused a cross-site sign-in: ${crossSite}.`) }
  if (!req.headers.get('content-type')?.includes('application/json')) {
    return { ok: false, response: jsonError(415, 'bad_content_type', 'Send JSON: Content-Type: application/json.') }
  }
  const text = await req.text()
  if (text.length > MAX_BODY) return { ok: false, response: jsonError(413, 'body_too_large', `The body must be under ${MAX_BODY} bytes.`) }
  try {
    const body = JSON.parse(text)
    if (body && typeof body === 'object' && !Array.isArray(body)) return { ok: true, body }
  } catch {
    // Answered below, as for a body that is JSON but not an object.
  }
  return { ok: false, response: jsonError(400, 'bad_json', 'The body must be a JSON object: {"username": "demo", "password": "demo"}.') }
}

/** Signs in with the body's username and password; the response sets the session cookies. */
export async function signInFromBody(req: NextRequest, body: Record<string, unknown>): Promise<{ response: Response; result: SignInResult | null }> {
  let result: SignInResult | null = null
  const response = await handleAuthErrors(async () => {
    result = await signIn({ username: body.username, password: body.password }, clientIp(req.headers))
    if (!result.ok) {
      const headers: Record<string, string> = result.retryAfter ? { 'retry-after': String(result.retryAfter) } : {}
      return jsonError(result.status, result.error, result.message, headers)
    }
    const { family, access } = result.tokens
    const res = json({ user: { name: family.name }, expiresAt: access.exp * 1000 })
    writeAuthCookies(res.cookies, result.tokens)
    return res
  })
  return { response, result }
}

export async function POST(req: NextRequest) {
  const read = await readLoginBody(req)
  return read.ok ? (await signInFromBody(req, read.body)).response : read.response
}
