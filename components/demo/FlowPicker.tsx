import { FLOWS_FOR, type Flow } from '@/lib/demo/edge/flows'
import type { Issuer } from '@/lib/demo/edge/issuer'

/** The strategies for a kind of session as one radio group; used by the login forms and the dashboard switcher. */
export function FlowPicker({ current, issuer = 'app' }: { current: Flow; issuer?: Issuer }) {
  return (
    <fieldset>
      <legend>Refresh strategy</legend>
      {FLOWS_FOR[issuer].map(({ name, label }) => (
        <label key={name} className="choice">
          <input type="radio" name="flow" value={name} defaultChecked={name === current} />
          <span>
            <code>{name}</code> — {label}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
