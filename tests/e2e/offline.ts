import type { BrowserContext } from '@playwright/test'

// "No internet": every request that is not to localhost or a *.localhost name (the sandboxes'
// preview subdomains) fails, and is recorded, so a test can assert that none was even attempted.
export async function goOffline(context: BrowserContext) {
  const attempted: string[] = []
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname.endsWith('.localhost')) return route.continue()
    attempted.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  return attempted
}
