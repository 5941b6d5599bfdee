'use client'

import { useActionState } from 'react'
import { useFormStatus } from 'react-dom'
import { signInAction, type SignInState } from './actions'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending}>
      {pending ? 'Signing in…' : 'Sign in'}
    </button>
  )
}

// React 19 (Next 15 and 16) names react-dom's useFormState useActionState, in react.
export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState<SignInState, FormData>(signInAction, { error: null })
  return (
    <form action={action}>
      <input type="hidden" name="return_to" value={returnTo} />
      <label>
        Username <input name="username" autoComplete="username" required />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.error && <p role="alert">{state.error}</p>}
      <Submit />
    </form>
  )
}
