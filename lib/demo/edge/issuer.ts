import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { IDP_TOKENS } from '@/lib/edge/idp/source'
import { SELF_ISSUED, type TokenSource } from '@/lib/edge/token-source'

// The demo signs readers in two ways: with this app's own tokens (demo/demo) or through the
// identity provider. An app does one; the demo tells them apart by the cookies a request carries
// (signing in one way clears the other's).

export type Issuer = 'app' | 'provider'

export function issuerOf(has: (name: string) => boolean): Issuer {
  return has(IDP_COOKIES.refresh) || has(IDP_COOKIES.access) ? 'provider' : 'app'
}

export const TOKEN_SOURCES: Record<Issuer, TokenSource> = { app: SELF_ISSUED, provider: IDP_TOKENS }
