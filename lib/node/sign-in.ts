import { loginFailed, loginGate } from './rate-limit'
import { startSession, type IssuedTokens } from './rotation'
import { checkCredentials } from './users'

export type SignInResult =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; status: 401 | 429; error: string; message: string; retryAfter?: number }

/** Checks the rate limit, then the password, then starts a session. Shared by the JSON route and the form's server action. */
export async function signIn(input: { username: unknown; password: unknown }, ip: string): Promise<SignInResult> {
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
  return { ok: true, tokens: await startSession(user) }
}
