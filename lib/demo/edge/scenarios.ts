import type { Flow } from './flows'
import type { Issuer } from './issuer'

// The cases the guide describes, as the dashboard sets them up when a "See it live" link opens
// it: /demo/dashboard?scenario=<id>. Each names the strategy it needs, who must have issued the
// tokens, and the steps, in the words of the dashboard's own buttons.

export interface Scenario {
  title: string
  flow: Flow
  issuer: Issuer
  /** The guide page the link comes from, for the way back. */
  guide: string
  steps: string[]
}

export const SCENARIOS = {
  'lost-cookie': {
    title: 'The broken flow: new tokens, lost',
    flow: 'broken',
    issuer: 'app',
    guide: '/broken-flow',
    steps: [
      'Press “Expire the access token now”, then reload: the middleware refreshed, and the flow inspector marks the new tokens lost.',
      'Reload again once the grace window has passed: the browser still sends the old refresh token, so you are signed out with the reason.'
    ]
  },
  forward: {
    title: 'Forward the Set-Cookie: refreshed in the same request',
    flow: 'forward',
    issuer: 'app',
    guide: '/fixes/forward-set-cookie',
    steps: [
      'Press “Expire the access token now”, then reload: one 200, and this page already shows the new token, through cookies() and headers().',
      'Expire it again and press “Ask a server action”: the action sees the new token too.'
    ]
  },
  redirect: {
    title: 'The redirect handshake: three round trips',
    flow: 'redirect',
    issuer: 'app',
    guide: '/fixes/redirect-handshake',
    steps: ['Press “Expire the access token now”, then reload with your browser’s network panel open: 307, 303, then 200; the flow inspector shows the same.']
  },
  'client-tabs': {
    title: 'The client refresher: two tabs, one refresh, a tab that slept',
    flow: 'client',
    issuer: 'app',
    guide: '/fixes/client-refresher',
    steps: [
      'Open this dashboard in a second tab and wait for the countdown: one tab refreshes, the other takes its result, and the inspector shows one rotation.',
      'Press “Sleep this tab”: nothing refreshes while it sleeps, and on waking it refreshes at once.'
    ]
  },
  rotation: {
    title: 'Rotation: parallel requests and a replayed token',
    flow: 'forward',
    issuer: 'app',
    guide: '/rotation',
    steps: [
      'Press “Expire the access token now”, then “Send 20 requests at once”: all 20 are answered signed in, with one new refresh token.',
      'Press “Replay the previous refresh token”: within the grace window it is answered as a concurrent request; after it, reuse is detected and the session ends.'
    ]
  },
  'store-outage': {
    title: 'The session store is down',
    flow: 'client',
    issuer: 'app',
    guide: '/recipes/redis-store',
    steps: ['Press “Take the session store down”: the refresh is answered 503 and your cookies stay. Reload: the page says it cannot check your session, not that you are signed out. Then bring the store back.']
  },
  compare: {
    title: 'The strategies side by side',
    flow: 'forward',
    issuer: 'app',
    guide: '/fixes/compare',
    steps: [
      'In “Strategy side by side”, pick two strategies and press “Compare them”: each runs the same case for real, and the two timelines show the requests, the round trips and the time each took.',
      'Or switch this session’s strategy and watch the flow inspector: the next expiry is handled the new way.'
    ]
  },
  holdings: {
    title: 'Where each cookie lives',
    flow: 'forward',
    issuer: 'app',
    guide: '/cookies',
    steps: ['“What each party holds” lists the cookies your browser sent with their flags (never their values), and the access token decoded, counting down.']
  },
  'provider-parallel': {
    title: 'Tokens from an identity provider: parallel requests',
    flow: 'provider-direct',
    issuer: 'provider',
    guide: '/identity-provider',
    steps: [
      'Wait for the countdown to pass, then press “Send 20 requests at once”: the provider refuses the second use of its refresh token and you are signed out.',
      'Sign in again with the forward strategy and do the same: 20 of 20 are answered, and the inspector shows one call to the provider.'
    ]
  }
} as const satisfies Record<string, Scenario>

export type ScenarioId = keyof typeof SCENARIOS

export function scenarioNamed(id: unknown): (Scenario & { id: ScenarioId }) | null {
  return typeof id === 'string' && Object.hasOwn(SCENARIOS, id) ? { id: id as ScenarioId, ...SCENARIOS[id as ScenarioId] } : null
}

/** Where a "See it live" link points: the dashboard, which sends a reader who is not signed in to sign in first. */
export const scenarioHref = (id: ScenarioId) => `/demo/dashboard?scenario=${id}`
