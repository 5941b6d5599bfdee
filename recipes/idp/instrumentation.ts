// Runs once when a server starts (Next 14: experimental.instrumentationHook). A server that cannot
// reach its sessions' settings must not start and fail later on someone's first sign-in: check the
// env and the provider's settings now, and let the error name the variable and the fix.
export async function register() {
  // Written as an `if` block, not an early return: NEXT_RUNTIME is replaced at build time, so
  // the edge bundle drops this import (and its node:crypto) only when it sits inside the block.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkIdpStartup } = await import('@/lib/node/idp/startup-check')
    try {
      checkIdpStartup()
    } catch (error) {
      // Next 14.2.35 logs a throw from here as "Failed to prepare server" and serves anyway.
      console.error(`[cookie-flow] cannot start: ${error instanceof Error ? error.message : error}`)
      process.exit(1)
    }
  }
}
