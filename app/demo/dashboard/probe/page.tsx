import { Probe } from '../../probe/probe'

// Inside the middleware matcher ('/demo/dashboard/:path*'): the bench's subject (see app/demo/probe/probe.tsx).
export const dynamic = 'force-dynamic'
export const metadata = { title: 'Probe', robots: { index: false } }

export default function InsideProbePage() {
  return <Probe />
}
