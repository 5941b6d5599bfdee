import { switchFlow } from '@/app/demo/dashboard/actions'
import type { Flow } from '@/lib/demo/edge/flows'
import { FlowPicker } from './FlowPicker'

// A plain form posting to a server action: works before hydration and without JavaScript.
export function StrategySwitcher({ current }: { current: Flow }) {
  return (
    <form action={switchFlow} className="card">
      <FlowPicker current={current} />
      <button type="submit" className="button">
        Use this strategy
      </button>
    </form>
  )
}
