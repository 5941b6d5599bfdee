import { ConfigError } from '@/lib/edge/errors'
import { parseIdpConfig } from '@/lib/edge/idp/config'
import { checkSettings } from '../startup-check'

/**
 * The startup check of an app whose tokens come from an identity provider: the same settings,
 * and the provider's instead of signing keys (this app signs nothing). Throws a ConfigError.
 */
export function checkIdpStartup(env: Record<string, string | undefined> = process.env): void {
  checkSettings(env)
  if (!parseIdpConfig(env)) throw new ConfigError('IDP_ISSUER must be set: the URL of your identity provider (its discovery document is IDP_ISSUER/.well-known/openid-configuration).')
}
