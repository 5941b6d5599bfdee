// The JSON shape of GET /api/auth/session, as the dashboard's client components read it.
export interface InspectorEvent {
  id: string
  at: number
  kind: 'login' | 'refresh' | 'refresh-failed' | 'logout' | 'switch'
  by: 'server-action' | 'api' | 'middleware' | 'redirect' | 'client'
  flow?: string
  outcome?: string
  receiver?: 'browser' | 'middleware-fetch'
  accessJti?: string
  refreshFp?: string
  parentFp?: string
  delivery?: 'pending' | 'delivered' | 'lost'
}

export interface SessionSnapshot {
  status: 'active' | 'expired' | 'signed-out'
  reason?: string
  flow?: string
  user?: { name: string } | null
  accessToken?: { jti: string | null; expiresAt: number | null }
  events: InspectorEvent[]
}
