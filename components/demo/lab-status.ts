import { useSyncExternalStore } from 'react'

// The lab's last result, kept outside any one component: taking the store down or bringing it
// back re-renders the dashboard as its outage page or back (a new tree, while the request may
// still be under way), and the result must reach whichever controls are on screen by then.

let current: string | null = null
const listeners = new Set<() => void>()

export function setLabStatus(text: string | null) {
  current = text
  listeners.forEach((listener) => listener())
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const useLabStatus = () => useSyncExternalStore(subscribe, () => current, () => null)
