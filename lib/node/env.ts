import { ConfigError } from '@/lib/edge/errors'

export interface AuthEnv {
  accessTtl: number // seconds
  refreshTtl: number // seconds
  reuseGrace: number // seconds
  store: 'memory' | 'redis'
  redisUrl: string
  loginLimit: number // failed logins per IP per minute
}

type Env = Record<string, string | undefined>

function seconds(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`)
  }
  return value
}

export function parseEnv(env: Env): AuthEnv {
  const store = env.SESSION_STORE || 'memory'
  if (store !== 'memory' && store !== 'redis') {
    throw new ConfigError(`SESSION_STORE must be "memory" or "redis", got "${store}".`)
  }
  const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379'
  if (store === 'redis' && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${redisUrl}".`)
  }
  const accessTtl = seconds(env, 'ACCESS_TOKEN_TTL', 30, 1, 86_400)
  const refreshTtl = seconds(env, 'REFRESH_TOKEN_TTL', 86_400, 2, 400 * 86_400)
  if (refreshTtl <= accessTtl) {
    throw new ConfigError(`REFRESH_TOKEN_TTL (${refreshTtl}) must be longer than ACCESS_TOKEN_TTL (${accessTtl}).`)
  }
  return {
    accessTtl,
    refreshTtl,
    reuseGrace: seconds(env, 'REFRESH_REUSE_GRACE', 10, 0, 300),
    store,
    redisUrl,
    loginLimit: seconds(env, 'LOGIN_RATE_LIMIT', 10, 1, 100_000)
  }
}

let cached: AuthEnv | undefined
export function authEnv(): AuthEnv {
  cached ??= parseEnv(process.env)
  return cached
}
