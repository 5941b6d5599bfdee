import { Probe } from './probe'

// Outside the middleware matcher: the bench's baseline (see ./probe.tsx).
export const dynamic = 'force-dynamic'
export const metadata = { title: 'Probe', robots: { index: false } }

export default function OutsideProbePage() {
  return <Probe />
}
