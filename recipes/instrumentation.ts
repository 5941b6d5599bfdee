// Runs once when a server starts (Next 14: experimental.instrumentationHook). A server that
// cannot sign or verify tokens must not start and fail later on someone's first login: check
// the env and both keys now, and let the error name the variable and the fix.
export async function register() {
  // Written as an `if` block, not an early return: NEXT_RUNTIME is replaced at build time, so
  // the edge bundle drops this import (and its node:crypto) only when it sits inside the block.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('@/lib/node/startup-check')
    try {
      await checkStartup()
    } catch (error) {
      // Next 14.2.35 logs a throw from here as "Failed to prepare server" and serves anyway.
      console.error(`[cookie-flow] cannot start: ${error instanceof Error ? error.message : error}`)
      process.exit(1)
    }
  }
}
