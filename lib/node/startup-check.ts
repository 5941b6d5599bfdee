import { parseInternalOrigin } from '@/lib/edge/internal-origin'
import { importPublicKey } from '@/lib/edge/public-key'
import { configuredStrategy } from '@/lib/strategies'
import { parseEnv } from './env'
import { importSigningKeys } from './private-key'

/** Throws a ConfigError naming the first bad variable; called by instrumentation.ts at startup. */
export async function checkStartup(env: Record<string, string | undefined> = process.env): Promise<void> {
  parseEnv(env)
  if (env.INTERNAL_ORIGIN) parseInternalOrigin(env.INTERNAL_ORIGIN)
  configuredStrategy(env)
  await importSigningKeys(env.AUTH_PRIVATE_KEY)
  await importPublicKey(env.AUTH_PUBLIC_KEY)
}
