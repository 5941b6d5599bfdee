import { FLOWS, type Flow } from '@/lib/demo/edge/flows'

/** The strategies as one radio group; used by the login form and the dashboard switcher. */
export function FlowPicker({ current }: { current: Flow }) {
  return (
    <fieldset>
      <legend>Refresh strategy</legend>
      {FLOWS.map(({ name, label }) => (
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
