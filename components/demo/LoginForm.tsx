'use client'

import { useFormState, useFormStatus } from 'react-dom'
import { login, type LoginState } from '@/app/demo/login/actions'
import type { Flow } from '@/lib/edge/flow'
import { FlowPicker } from './FlowPicker'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? 'Signing in…' : 'Sign in'}
    </button>
  )
}

export function LoginForm({ returnTo, defaultFlow }: { returnTo: string; defaultFlow: Flow }) {
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
      <FlowPicker current={defaultFlow} />
      {state.error && (
        <p id="login-error" role="alert" className="error">
          {state.error}
        </p>
      )}
      <Submit />
    </form>
  )
}
