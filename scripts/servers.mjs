// The processes the bench runs: `next start` instances (./servers/next.mjs) and a redis-server
// (./servers/redis.mjs), on free loopback ports, all stopped by stopAll() (./servers/lifecycle.mjs);
// and what the bench samples of a server process (./servers/process-stats.mjs). Plain ESM, so the
// bench runs with node alone.
export { freePort, stopAll, stopAllOnSignals, waitFor } from './servers/lifecycle.mjs'
export * from './servers/next.mjs'
export { cpuMsOf, rssOf } from './servers/process-stats.mjs'
export * from './servers/redis.mjs'
