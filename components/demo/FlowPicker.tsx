import { FLOW_LABELS, FLOWS, type Flow } from '@/lib/edge/flow'

/** The four strategies as one radio group; used by the login form and the dashboard switcher. */
export function FlowPicker({ current }: { current: Flow }) {
  return (
    <fieldset>
      <legend>Refresh strategy</legend>
      {FLOWS.map((flow) => (
        <label key={flow} className="choice">
          <input type="radio" name="flow" value={flow} defaultChecked={flow === current} />
          <span>
            <code>{flow}</code> — {FLOW_LABELS[flow]}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
