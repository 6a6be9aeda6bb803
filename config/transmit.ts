import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'

/**
 * With REDIS_URL set, every app instance shares one bus so a broadcast from
 * one reaches subscribers connected to another. (The Redis transport is
 * imported only then: it needs the optional "ioredis" package.)
 */
const redisUrl = env.get('REDIS_URL')

async function redisTransport(url: string) {
  const { redis } = await import('@adonisjs/transmit/transports/redis')
  return { driver: redis(url as never) }
}

export default defineConfig({
  pingInterval: '30s',
  transport: redisUrl ? await redisTransport(redisUrl) : null,
})
