import { createClient } from 'redis'
import { AuthError } from '@/lib/edge/errors'
import { perProcess } from './per-process'

type Client = ReturnType<typeof createClient>

export interface Redis {
  /** Runs commands; any failure (down, timeout, not connected yet) is ERR_STORE_UNAVAILABLE. */
  run<T>(command: (client: Client) => Promise<T>): Promise<T>
  close(): Promise<void>
}

function unavailable(cause: unknown): AuthError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new AuthError('ERR_STORE_UNAVAILABLE', `The session store (Redis) is unavailable: ${detail}`)
}

/** One connection per process and URL, shared by whatever keeps its data in that Redis. */
export function redisAt(url: string): Redis {
  const connections = perProcess('redis', () => new Map<string, Redis>())
  let redis = connections.get(url)
  if (!redis) connections.set(url, (redis = connect(url, () => connections.delete(url))))
  return redis
}

function connect(url: string, forget: () => void): Redis {
  // No offline queue: while Redis is down, commands fail at once (503) instead of piling up and
  // hanging requests; the client keeps reconnecting in the background.
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) }
  })
  let lastError = ''
  client.on('error', (error: Error) => {
    if (error.message !== lastError) console.error(`[cookie-flow] redis: ${(lastError = error.message)}`)
  })
  client.on('ready', () => (lastError = ''))
  const connected = client.connect().catch((cause) => {
    throw unavailable(cause)
  })
  return {
    async run(command) {
      try {
        await connected
        return await command(client)
      } catch (cause) {
        throw cause instanceof AuthError ? cause : unavailable(cause)
      }
    },
    // The next redisAt(url) connects anew.
    async close() {
      forget()
      if (client.isOpen) await client.quit()
    }
  }
}
