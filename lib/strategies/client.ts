import { NextResponse } from 'next/server'
import type { Strategy } from './types'

// The middleware does not refresh at all: components/TokenRefresher.tsx, in the browser, calls
// the refresh route before the token expires, and recovers a page that arrived with an expired one.
export const client = {
  name: 'client',
  label: 'Client refresher: the browser refreshes before expiry',
  afterExpiry: 'The client refresher is renewing your tokens now; this page updates when it has.',
  clientRefresher: true,
  async refresh() {
    return NextResponse.next()
  }
} as const satisfies Strategy
