import { redisNotFound } from '../../scripts/servers.mjs'

export { startRedis, type RedisServer } from '../../scripts/servers.mjs'

/** Why Redis tests cannot run here, or null. CI must never skip them: there it is a failure. */
export function redisMissing(): string | null {
  const why = redisNotFound()
  if (why && process.env.CI) throw new Error(`${why}. CI must run the Redis tests.`)
  return why
}
