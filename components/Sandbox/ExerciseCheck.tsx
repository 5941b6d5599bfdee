import { useSandpack } from '@codesandbox/sandpack-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { EXERCISE_MESSAGE } from '@/sandboxes/shared/exercise.js'
import styles from './Sandbox.module.css'
import type { SandboxSource } from './types'

interface Result {
  ok: boolean
  text: string
  hint: string
}

// The message comes from the preview, whose code the reader is editing: take only the fields shown.
function readResult(message: unknown): Result | null {
  const m = (message ?? {}) as Record<string, unknown>
  if (m.type !== EXERCISE_MESSAGE) return null
  if (typeof m.ok !== 'boolean' || typeof m.text !== 'string' || typeof m.hint !== 'string') return null
  return { ok: m.ok, text: m.text, hint: m.hint }
}

/**
 * The "Your turn" line between the editor and the preview: after each run of the reader's edited
 * code, the preview posts what the exercise's check found (sandboxes/shared/exercise.js), and this
 * says it, hint included. A result counts only for the code it ran: Sandpack posts `done` as it
 * loads a run, so a result is tied to the code as it was then, and typing since shows "Checking".
 */
export function ExerciseCheck({ goal, source }: { goal: string; source: SandboxSource }) {
  const { sandpack, listen } = useSandpack()
  const code = source.visible.map((path) => sandpack.files[path]?.code ?? '').join('\0')
  const original = useMemo(() => source.visible.map((path) => source.files[path]).join('\0'), [source])
  const latest = useRef(code)
  latest.current = code
  const [checked, setChecked] = useState<{ code: string; result: Result } | null>(null)

  useEffect(() => {
    let running: string | undefined
    return listen((message) => {
      if (message.type === 'done') running = latest.current
      const result = readResult(message)
      if (result && running !== undefined) setChecked({ code: running, result })
    })
    // Listen once per mount: Sandpack's callbacks change identity on every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const current = checked?.code === code ? checked.result : undefined
  let state: 'goal' | 'checking' | 'ok' | 'not-yet' = 'goal'
  if (code !== original) state = current ? (current.ok ? 'ok' : 'not-yet') : 'checking'
  return (
    <div className={styles.exercise} data-state={state} data-testid="exercise-check">
      <p role="status" aria-busy={state === 'checking'}>
        {state === 'goal' && (
          <>
            <strong>Your turn:</strong> {goal} This line checks your code each time the preview runs it.
          </>
        )}
        {state === 'checking' && 'Checking your change…'}
        {(state === 'ok' || state === 'not-yet') && current && (
          <>
            <strong>{current.text}</strong> {current.hint}
          </>
        )}
      </p>
    </div>
  )
}
