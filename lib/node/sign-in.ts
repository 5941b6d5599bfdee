import { cookieOptions, COOKIES, writeAuthCookies, type CookieWriter } from '@/lib/edge/cookies'
import { FLOWS, parseFlow, type Flow } from '@/lib/edge/flow'
import { loginFailed, loginGate } from './rate-limit'
import { startSession, type Caller, type IssuedTokens } from './rotation'
import { checkCredentials } from './users'

export type SignInResult =
  | { ok: true; flow: Flow; tokens: IssuedTokens }
  | { ok: false; status: 400 | 401 | 429; error: string; message: string; retryAfter?: number }

/** Shared by the login route handler (JSON) and the login server action (form). */
export async function signIn(
  input: { username: unknown; password: unknown; flow: unknown },
  ip: string,
  by: Caller['by']
): Promise<SignInResult> {
  const flow = parseFlow(input.flow)
  if (!flow) return { ok: false, status: 400, error: 'unknown_flow', message: `flow must be one of: ${FLOWS.join(', ')}.` }
  const gate = await loginGate(ip)
  if (!gate.ok) {
    const message = `Too many failed sign-ins from your address. Try again in ${gate.retryAfter} s.`
    return { ok: false, status: 429, error: 'rate_limited', message, retryAfter: gate.retryAfter }
  }
  const user = checkCredentials(input.username, input.password)
  if (!user) {
    await loginFailed(ip)
    return { ok: false, status: 401, error: 'bad_credentials', message: 'Wrong username or password. The demo account is demo / demo.' }
  }
  return { ok: true, flow, tokens: await startSession(user, { by, flow, receiver: 'browser' }) }
}

export function writeSessionCookies(jar: CookieWriter, { tokens, flow }: { tokens: IssuedTokens; flow: Flow }) {
  writeAuthCookies(jar, tokens)
  jar.set(COOKIES.flow, flow, cookieOptions(tokens.refreshMaxAge))
}
