import { switchFlow } from '@/app/demo/dashboard/actions'
import { FLOW_LABELS, FLOWS, type Flow } from '@/lib/edge/flow'

// A plain form posting to a server action: works before hydration and without JavaScript.
export function StrategySwitcher({ current }: { current: Flow }) {
  return (
    <form action={switchFlow} className="card">
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
      <button type="submit" className="button">
        Use this strategy
      </button>
    </form>
  )
}
