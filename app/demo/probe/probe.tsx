// `npm run bench` measures what the middleware costs by loading two identical pages: this one
// under /demo/dashboard/probe (inside the middleware matcher) and under /demo/probe (outside it).
// Both sit under app/demo, so the same layouts (and their session lookup) run for both: the only
// difference between them is the middleware. They are not linked from anywhere.
export function Probe() {
  return (
    <main>
      <p data-testid="probe">probe</p>
    </main>
  )
}
