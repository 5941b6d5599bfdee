import { cookieName } from '@/lib/edge/cookies'
import { broken } from '@/lib/strategies/broken'
import { configuredStrategy, STRATEGIES } from '@/lib/strategies'

// The demo lets a reader switch strategies per session, with a cookie; an app picks one
// (AUTH_REFRESH_STRATEGY). The demo also runs the broken flow, which no app should.
export const FLOWS = [broken, ...STRATEGIES] as const
export type Flow = (typeof FLOWS)[number]['name']
export type FlowStrategy = (typeof FLOWS)[number]

export const FLOW_COOKIE = cookieName('cf_flow')

/** Reasons for sending a reader to sign in that only the demo has. */
export const DEMO_SIGN_IN_REASONS = {
  unknown_flow: 'The demo strategy cookie held an unknown value. Pick a strategy and sign in again.'
} as const

export function parseFlow(value: unknown): Flow | null {
  return FLOWS.find((s) => s.name === value)?.name ?? null
}

export function flowNamed(name: Flow): FlowStrategy {
  return FLOWS.find((s) => s.name === name)!
}

/** The flow a request runs: its cookie's, or the app's configured strategy; null for a bad cookie. */
export function flowOf(cookie: string | undefined): Flow | null {
  return cookie === undefined ? (configuredStrategy().name as Flow) : parseFlow(cookie)
}
