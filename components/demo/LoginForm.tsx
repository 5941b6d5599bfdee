'use client'

import type { ReactNode } from 'react'
import { useFormState, useFormStatus } from 'react-dom'
import { login, type LoginState } from '@/app/demo/login/actions'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? 'Signing in…' : 'Sign in'}
    </button>
  )
}

/** `picker`: the strategy choice, rendered on the server (components/demo/FlowPicker.tsx). */
export function LoginForm({ returnTo, picker }: { returnTo: string; picker: ReactNode }) {
  const [state, action] = useFormState<LoginState, FormData>(login, { error: null })
  return (
    <form action={action} className="card stack" aria-describedby={state.error ? 'login-error' : undefined}>
      <input type="hidden" name="return_to" value={returnTo} />
      <label>
        Username
        <input name="username" autoComplete="username" defaultValue="demo" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" defaultValue="demo" required />
      </label>
      {picker}
      {state.error && (
        <p id="login-error" role="alert" className="error">
          {state.error}
        </p>
      )}
      <Submit />
    </form>
  )
}
