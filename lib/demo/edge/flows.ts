import { cookieName } from '@/lib/edge/cookies'
import { broken } from '@/lib/strategies/broken'
import { configuredStrategy, STRATEGIES } from '@/lib/strategies'
import { providerDirect } from '@/lib/strategies/provider-direct'
import type { Issuer } from './issuer'

// The demo lets a reader switch strategies per session, with a cookie; an app picks one
// (AUTH_REFRESH_STRATEGY). The demo also runs the flows no app should: the broken one, and for
// tokens from the identity provider, a middleware that refreshes there with nothing to coordinate.
export const FLOWS = [broken, ...STRATEGIES, providerDirect] as const
export type Flow = (typeof FLOWS)[number]['name']
export type FlowStrategy = (typeof FLOWS)[number]

/** The flows that make sense for a session, by who issued its tokens. */
export const FLOWS_FOR: Record<Issuer, readonly FlowStrategy[]> = {
  app: [broken, ...STRATEGIES],
  provider: [...STRATEGIES, providerDirect]
}

export const FLOW_COOKIE = cookieName('cf_flow')

/** Reasons for sending a reader to sign in that only the demo has. */
export const DEMO_SIGN_IN_REASONS = {
  unknown_flow: 'The demo strategy cookie held an unknown value. Pick a strategy and sign in again.'
} as const

/** A flow by name, if it is one for this kind of session. */
export function parseFlow(value: unknown, issuer: Issuer = 'app'): Flow | null {
  return FLOWS_FOR[issuer].find((s) => s.name === value)?.name ?? null
}

export function flowNamed(name: Flow): FlowStrategy {
  return FLOWS.find((s) => s.name === name)!
}

/**
 * The flow a request runs: its cookie's, or the app's configured strategy; null for a cookie that
 * names no flow at all. A flow left over from the other kind of session (say provider-direct, after
 * that session ended) falls back to the configured strategy rather than blaming the reader.
 */
export function flowOf(cookie: string | undefined, issuer: Issuer = 'app'): Flow | null {
  const configured = configuredStrategy().name as Flow
  if (cookie === undefined) return configured
  if (!FLOWS.some((s) => s.name === cookie)) return null
  return parseFlow(cookie, issuer) ?? configured
}
