import type { IdpConfig } from './config'

// The provider's endpoints, from its discovery document (OpenID Connect Discovery 1.0 §4), fetched
// once per process: what the middleware needs of them (the keys, the token endpoint) without
// openid-client, which is Node-only here. Edge-safe: fetch only.

export interface ProviderMetadata {
  issuer: string
  jwks_uri: string
  token_endpoint: string
}

let cached: { issuer: string; metadata: Promise<ProviderMetadata> } | undefined

const DISCOVERY_TIMEOUT_MS = 5000

async function fetchMetadata(issuer: string): Promise<ProviderMetadata> {
  const url = new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`)
  const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) })
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  const doc = (await res.json()) as Partial<ProviderMetadata>
  // §4.3: the document must name the issuer it was fetched for, or it is someone else's.
  if (doc.issuer !== issuer) throw new Error(`${url} names the issuer "${doc.issuer}", not "${issuer}"`)
  if (!doc.jwks_uri || !doc.token_endpoint) throw new Error(`${url} names no jwks_uri or token_endpoint`)
  return { issuer, jwks_uri: doc.jwks_uri, token_endpoint: doc.token_endpoint }
}

/** The provider's metadata. A failure is not kept: a provider that was down is asked again next time. */
export function providerMetadata(config: Pick<IdpConfig, 'issuer'>): Promise<ProviderMetadata> {
  if (cached?.issuer !== config.issuer) {
    const metadata = fetchMetadata(config.issuer).catch((error) => {
      cached = undefined
      throw error
    })
    cached = { issuer: config.issuer, metadata }
  }
  return cached.metadata
}
