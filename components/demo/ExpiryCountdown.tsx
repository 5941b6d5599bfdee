'use client'

import { useEffect, useState } from 'react'

/** Seconds until the access token expires; rendered only after mount so server and client agree. */
export function ExpiryCountdown({ expiresAt }: { expiresAt: number | null }) {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [])
  if (now === null || expiresAt === null) return <span data-testid="countdown">—</span>
  const left = (expiresAt - now) / 1000
  return (
    <span data-testid="countdown" className={left > 0 ? 'ok' : 'warn'}>
      {left > 0 ? `expires in ${left.toFixed(1)} s` : `expired ${(-left).toFixed(1)} s ago`}
    </span>
  )
}
