'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { REFRESH_PATH } from '@/lib/edge/protocol'
import { labRequest, type RunLab } from './lab-request'

const OUTAGE_PATH = '/demo/api/lab/store-outage'
// What the client refresher sends: the refresh route answers it in JSON.
const refresh = () => labRequest(REFRESH_PATH, { method: 'POST', headers: { accept: 'application/json' } })

/**
 * Takes the session store down for this session, then asks for a refresh as the browser would:
 * the answer is the 503 the guide promises, and the cookies are not touched. Bringing it back,
 * the same session refreshes again.
 */
export function StoreOutageControl({ run, pending, initiallyDown = false }: { run: RunLab; pending: boolean; initiallyDown?: boolean }) {
  const router = useRouter()
  const [down, setDown] = useState(initiallyDown)

  const takeDown = () =>
    run(async () => {
      const taken = await labRequest(OUTAGE_PATH)
      if (!taken.ok) return taken.body.message ?? 'Refused.'
      setDown(true)
      const answer = await refresh()
      const retry = answer.headers.get('retry-after')
      return (
        `The session store is down for your session (for at most a minute). A refresh just now was answered ` +
        `${answer.status} ${answer.body.error ?? ''}${retry ? `, Retry-After: ${retry} s` : ''}: “${answer.body.message ?? ''}” ` +
        'Your cookies were not touched: reload and the page says it cannot check your session, not that you are signed out.'
      )
    })

  const bringBack = () =>
    run(async () => {
      const back = await labRequest(OUTAGE_PATH, { method: 'DELETE' })
      if (!back.ok) return back.body.message ?? 'Refused.'
      setDown(false)
      if (!back.body.wasDown) {
        return 'The lab had not taken the store down for your session: the store itself is unreachable. Nothing is lost; retry in a few seconds.'
      }
      const answer = await refresh()
      router.refresh()
      return answer.ok
        ? `The store is back. A refresh just now was answered ${answer.status} (${answer.body.outcome ?? 'ok'}): the same session, nothing lost.`
        : `The store is back, but the refresh was answered ${answer.status} ${answer.body.error ?? ''}: “${answer.body.message ?? ''}”`
    })

  return down ? (
    <button type="button" className="button secondary" onClick={bringBack} disabled={pending}>
      Bring the session store back
    </button>
  ) : (
    <button type="button" className="button secondary" onClick={takeDown} disabled={pending}>
      Take the session store down
    </button>
  )
}
