// The four refresh strategies the demo can switch between (DESIGN.md). The `flow` cookie picks one.
export const FLOWS = ['broken', 'forward', 'redirect', 'client'] as const
export type Flow = (typeof FLOWS)[number]
export const DEFAULT_FLOW: Flow = 'forward'

export function parseFlow(value: unknown): Flow | null {
  return typeof value === 'string' && (FLOWS as readonly string[]).includes(value) ? (value as Flow) : null
}

export const FLOW_LABELS: Record<Flow, string> = {
  broken: 'Broken: middleware fetch, Set-Cookie dropped',
  forward: 'Forward: middleware copies Set-Cookie onto its response',
  redirect: 'Redirect handshake through the refresh route',
  client: 'Client refresher in the browser'
}
