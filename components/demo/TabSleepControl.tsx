'use client'

import { useEffect, useState } from 'react'
import { SLEEP_EVENT, WAKE_EVENT, type SleepDetail } from './tab-sleep'
import type { RunLab } from './lab-request'

// Long enough for the access token to expire while the tab sleeps, whatever time is left on it.
const OVERSLEEP_MS = 3000

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19)

/** The client strategy's case: a tab that slept through its refresh, and catches up on waking. */
export function TabSleepControl({ run, pending, ttlMs }: { run: RunLab; pending: boolean; ttlMs: number }) {
  const [asleep, setAsleep] = useState(false)
  const ms = ttlMs + OVERSLEEP_MS

  useEffect(() => {
    const onWake = () => {
      setAsleep(false)
      void run(async () => `Awake at ${clock(Date.now())} UTC. The refresher compared the clock with the expiry it knew, found the token past its refresh time, and refreshed at once: see “Last refreshed” and the inspector.`)
    }
    window.addEventListener(WAKE_EVENT, onWake)
    return () => window.removeEventListener(WAKE_EVENT, onWake)
  }, [run])

  const sleep = () =>
    run(async () => {
      setAsleep(true)
      window.dispatchEvent(new CustomEvent<SleepDetail>(SLEEP_EVENT, { detail: { ms } }))
      return `Asleep until ${clock(Date.now() + ms)} UTC: this tab's refresher is not running, as in a laptop with its lid shut, so nothing refreshes and the access token expires meanwhile.`
    })

  return (
    <button type="button" className="button secondary" onClick={sleep} disabled={pending || asleep}>
      Sleep this tab for {Math.round(ms / 1000)} s
    </button>
  )
}
