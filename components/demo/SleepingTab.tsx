'use client'

import { useEffect, useState, type ReactNode } from 'react'
import { SLEEP_EVENT, WAKE_EVENT, type SleepDetail } from './tab-sleep'

/**
 * Stands in for the operating system when the lab puts the tab to sleep: while asleep, the
 * refresher inside is not running at all (no timer fires, no message arrives), as in a laptop
 * with its lid shut. On waking it starts again with the expiry it last knew, and, as on every
 * wake-up (visibilitychange), compares it with the clock.
 */
export function SleepingTab({ children }: { children: ReactNode }) {
  const [asleep, setAsleep] = useState(false)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const onSleep = (event: Event) => {
      const { ms } = (event as CustomEvent<SleepDetail>).detail
      setAsleep(true)
      clearTimeout(timer)
      timer = setTimeout(() => {
        setAsleep(false)
        window.dispatchEvent(new Event(WAKE_EVENT))
      }, ms)
    }
    window.addEventListener(SLEEP_EVENT, onSleep)
    return () => {
      clearTimeout(timer)
      window.removeEventListener(SLEEP_EVENT, onSleep)
    }
  }, [])

  return asleep ? null : children
}
