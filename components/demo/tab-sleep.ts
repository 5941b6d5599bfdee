// The lab's "sleep the tab" travels as window events between the control on the dashboard and the
// wrapper around the refresher in the demo's layout: two client components in separate trees.
export const SLEEP_EVENT = 'cookie-flow-demo:sleep'
export const WAKE_EVENT = 'cookie-flow-demo:wake'

export interface SleepDetail {
  ms: number
}
