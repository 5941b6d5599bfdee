// The four refresh strategies the demo can switch between (DESIGN.md). The `flow` cookie picks one.
export const FLOWS = ['broken', 'forward', 'redirect', 'client'] as const
export type Flow = (typeof FLOWS)[number]
export const DEFAULT_FLOW: Flow = 'forward'

export function parseFlow(value: unknown): Flow | null {
  return typeof value === 'string' && (FLOWS as readonly string[]).includes(value) ? (value as Flow) : null
}

export const FLOW_LABELS: Record<Flow, string> = {
  broken: 'The broken flow: the middleware refreshes, the Set-Cookie is dropped',
  forward: 'Forward the Set-Cookie: the middleware passes the new cookies on',
  redirect: 'Redirect handshake: the browser visits the refresh route',
  client: 'Client refresher: the browser refreshes before expiry'
}
