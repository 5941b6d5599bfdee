// The one way the tests (tests/e2e, tests/unit) and the bench (scripts/bench) start what they run
// against: `next start` and `next build` (./servers/next.mjs), a throwaway redis-server
// (./servers/redis.mjs), the identity provider (./servers/idp.mjs), on free loopback ports, all
// stopped by stopAll() (./servers/lifecycle.mjs); and what the bench samples of a server process
// (./servers/process-stats.mjs). Plain ESM, so the bench runs with node alone; JSDoc types serve
// the TypeScript tests.
export * from './servers/idp.mjs'
export { freePort, stopAll, stopAllOnSignals, waitFor } from './servers/lifecycle.mjs'
export * from './servers/next.mjs'
export { cpuMsOf, rssOf } from './servers/process-stats.mjs'
export * from './servers/redis.mjs'
