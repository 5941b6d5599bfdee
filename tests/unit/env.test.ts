import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/node/env'

describe('parseEnv', () => {
  it('has the documented defaults', () => {
    expect(parseEnv({})).toEqual({
      accessTtl: 30,
      refreshTtl: 86_400,
      reuseGrace: 10,
      store: 'memory',
      redisUrl: 'redis://127.0.0.1:6379',
      loginLimit: 10
    })
  })

  it.each([
    [{ ACCESS_TOKEN_TTL: 'abc' }, 'ACCESS_TOKEN_TTL must be a whole number from 1 to 86400, got "abc".'],
    [{ ACCESS_TOKEN_TTL: '0' }, 'ACCESS_TOKEN_TTL must be a whole number from 1 to 86400, got "0".'],
    [{ REFRESH_REUSE_GRACE: '-1' }, 'REFRESH_REUSE_GRACE must be a whole number from 0 to 300, got "-1".'],
    [{ ACCESS_TOKEN_TTL: '60', REFRESH_TOKEN_TTL: '60' }, 'REFRESH_TOKEN_TTL (60) must be longer than ACCESS_TOKEN_TTL (60).'],
    [{ SESSION_STORE: 'postgres' }, 'SESSION_STORE must be "memory" or "redis", got "postgres".'],
    [{ SESSION_STORE: 'redis', REDIS_URL: 'localhost:6379' }, 'REDIS_URL must start with redis:// or rediss://, got "localhost:6379".']
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => parseEnv(env)).toThrow(message)
  })
})
