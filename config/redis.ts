import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { RedisOptions } from 'ioredis'

/**
 * Redis is optional (REDIS_URL). When set it carries the Transmit bus, so a
 * broadcast from one instance reaches browsers connected to another; rate
 * limits, locks, sessions and tokens stay in PostgreSQL either way
 * (docs/scale-out.md says why).
 *
 * Redis is also optional at run time: connections retry with a capped
 * backoff forever, commands are not queued while it is down (a broadcast
 * during an outage is dropped, never delivered late) and the connection
 * errors are reported once through the app logger (app/services/redis_bus.ts).
 */
export const redisUrl = env.get('REDIS_URL')

/**
 * 100 ms, 200 ms, … at most 5 s between attempts, never giving up
 */
export function reconnectDelay(attempt: number) {
  return Math.min(attempt * 100, 5000)
}

export function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url)
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? { servername: parsed.hostname } : undefined,
    connectTimeout: 3000,
    retryStrategy: reconnectDelay,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  }
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: redisOptions(redisUrl ?? 'redis://127.0.0.1:6379'),
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
