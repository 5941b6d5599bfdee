// This site's startup check: the recipes' (recipes/instrumentation.ts: settings and signing keys),
// and when an identity provider is configured, its settings too (recipes/idp/instrumentation.ts).
export async function register() {
  // An `if` block, not an early return: NEXT_RUNTIME is replaced at build time, so the edge
  // bundle drops these imports (and their node:crypto) only when they sit inside the block.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('./lib/node/startup-check')
    const { checkIdpStartup } = await import('./lib/node/idp/startup-check')
    try {
      await checkStartup()
      if (process.env.IDP_ISSUER) checkIdpStartup()
    } catch (error) {
      // Next 14.2.35 logs a throw from here as "Failed to prepare server" and serves anyway.
      console.error(`[cookie-flow] cannot start: ${error instanceof Error ? error.message : error}`)
      process.exit(1)
    }
  }
}
