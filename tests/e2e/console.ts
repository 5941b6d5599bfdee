import type { Page } from '@playwright/test'

// Collects what a reader's devtools would show in red: console errors, uncaught exceptions and
// React's hydration warnings (in production those arrive as minified errors #418/#423/#425).
export function watchConsole(page: Page) {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /hydrat/i.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`)
  })
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  return problems
}
