import { authEnv } from './env'
import { windowCounter } from './window-counter'

const WINDOW_MS = 60_000

// `next start` fills X-Forwarded-For with the socket address only when the client sent none
// (base-server.js), and a proxy appends the address it saw. So the rightmost entry is the one a
// trusted proxy wrote; run behind one, or a client can pick its own key.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').pop()?.trim()
  return forwarded || headers.get('x-real-ip') || 'unknown'
}

export type LoginGate = { ok: true } | { ok: false; retryAfter: number }

// Failed logins are counted, and checked before the password is, so a guesser who hits the
// limit cannot learn that a later guess was right.
export async function loginGate(ip: string): Promise<LoginGate> {
  const { count, resetAt } = await windowCounter().hit(`login:${ip}`, WINDOW_MS, 0)
  if (count < authEnv().loginLimit) return { ok: true }
  return { ok: false, retryAfter: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)) }
}

export async function loginFailed(ip: string): Promise<void> {
  await windowCounter().hit(`login:${ip}`, WINDOW_MS, 1)
}
