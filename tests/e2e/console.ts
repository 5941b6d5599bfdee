import type { Page } from '@playwright/test'

// Collects what a reader's devtools would show in red: console errors, uncaught exceptions,
// React's hydration warnings (in production those arrive as minified errors #418/#423/#425) and
// anything the Content-Security-Policy refused, in the page or any frame.
export function watchConsole(page: Page) {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /hydrat/i.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`)
  })
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  void page.exposeBinding('__reportCspViolation', (_source, text: string) => problems.push(`csp: ${text}`)).catch(() => {})
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation
      report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`)
    })
  })
  return problems
}
