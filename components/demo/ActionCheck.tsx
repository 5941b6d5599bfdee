'use client'

import { useState } from 'react'
import { sessionSeenByAction, type ActionSaw } from '@/app/demo/dashboard/actions'

/** A button that calls a server action and shows which access token the action saw. */
export function ActionCheck() {
  const [saw, setSaw] = useState<ActionSaw | null>(null)
  const [pending, setPending] = useState(false)
  const ask = async () => {
    setPending(true)
    try {
      setSaw(await sessionSeenByAction())
    } finally {
      setPending(false)
    }
  }
  return (
    <p>
      <button type="button" className="button secondary" onClick={ask} disabled={pending}>
        Ask a server action
      </button>{' '}
      <span role="status" data-testid="action-saw">
        {saw && (saw.jti ? `It saw access token ${saw.jti} (${saw.status}).` : `It saw no live access token (${saw.status}).`)}
      </span>
    </p>
  )
}
