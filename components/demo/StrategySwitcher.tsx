import { switchFlow } from '@/app/demo/dashboard/actions'
import type { Flow } from '@/lib/demo/edge/flows'
import type { Issuer } from '@/lib/demo/edge/issuer'
import { FlowPicker } from './FlowPicker'

// A plain form posting to a server action: works before hydration and without JavaScript.
export function StrategySwitcher({ current, issuer }: { current: Flow; issuer: Issuer }) {
  return (
    <form action={switchFlow} className="card">
      <FlowPicker current={current} issuer={issuer} />
      <button type="submit" className="button">
        Use this strategy
      </button>
    </form>
  )
}
