import { parseInternalOrigin } from '@/lib/edge/internal-origin'
import { importPublicKey } from '@/lib/edge/public-key'
import { configuredStrategy } from '@/lib/strategies'
import { parseEnv } from './env'
import { importSigningKeys } from './private-key'

type Env = Record<string, string | undefined>

/** The settings every session needs, whoever issues its tokens: store, TTLs, strategy, origin. */
export function checkSettings(env: Env): void {
  parseEnv(env)
  if (env.INTERNAL_ORIGIN) parseInternalOrigin(env.INTERNAL_ORIGIN)
  configuredStrategy(env)
}

/** Throws a ConfigError naming the first bad variable; called by instrumentation.ts at startup. */
export async function checkStartup(env: Env = process.env): Promise<void> {
  checkSettings(env)
  await importSigningKeys(env.AUTH_PRIVATE_KEY)
  await importPublicKey(env.AUTH_PUBLIC_KEY)
}
