import * as client from 'openid-client'
import { AuthError, ConfigError } from '@/lib/edge/errors'
import { idpConfig, type IdpConfig } from '@/lib/edge/idp/config'

// This app as the provider's client (openid-client 6): the provider's endpoints from discovery,
// fetched once per process, and this app's credentials. The configuration only allows plain http
// for a provider on this machine (lib/edge/idp/config.ts); openid-client refuses http unless told.

const TIMEOUT_S = 5

let cached: { issuer: string; configuration: Promise<client.Configuration> } | undefined

export function requireIdp(): IdpConfig {
  const config = idpConfig()
  if (!config) throw new ConfigError('No identity provider is configured: set IDP_ISSUER and the other IDP_ variables.')
  return config
}

/** The provider could not be reached, or answered with something other than an OAuth error. */
export function providerUnavailable(cause: unknown): AuthError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new AuthError('ERR_PROVIDER_UNAVAILABLE', `The identity provider is unavailable (${detail})`)
}

export function idpClient(): Promise<client.Configuration> {
  const config = requireIdp()
  if (cached?.issuer !== config.issuer) {
    // The timeout also applies to every later request (token, revocation): openid-client 6 passes it on.
    const options: client.DiscoveryRequestOptions = { timeout: TIMEOUT_S }
    if (new URL(config.issuer).protocol === 'http:') options.execute = [client.allowInsecureRequests]
    const configuration = client
      .discovery(new URL(config.issuer), config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), options)
      .catch((cause) => {
        // A failed discovery (the provider is down) is not kept: the next request asks again.
        cached = undefined
        throw providerUnavailable(cause)
      })
    cached = { issuer: config.issuer, configuration }
  }
  return cached.configuration
}
