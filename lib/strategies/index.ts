import { ConfigError } from '@/lib/edge/errors'
import { client } from './client'
import { forward } from './forward'
import { redirect } from './redirect'
import type { Strategy } from './types'

// The strategies to choose from. A new one is a file beside these and a name in this list.
export const STRATEGIES = [forward, redirect, client] as const satisfies readonly Strategy[]
export type StrategyName = (typeof STRATEGIES)[number]['name']

export function strategyNamed(name: unknown): Strategy | null {
  return STRATEGIES.find((s) => s.name === name) ?? null
}

/** AUTH_REFRESH_STRATEGY (default forward): read where it is used, checked at startup. */
export function configuredStrategy(env: Record<string, string | undefined> = process.env): Strategy {
  const name = env.AUTH_REFRESH_STRATEGY || 'forward'
  const strategy = strategyNamed(name)
  if (!strategy) throw new ConfigError(`AUTH_REFRESH_STRATEGY must be one of ${STRATEGIES.map((s) => s.name).join(', ')}, got "${name}".`)
  return strategy
}
