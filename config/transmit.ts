import { defineConfig } from '@adonisjs/transmit'
import { redisOptions, redisUrl } from '#config/redis'
import { redisBus } from '#services/redis_bus'

/**
 * With REDIS_URL set, every app instance shares one bus so a broadcast from
 * one reaches subscribers connected to another. The transport survives a
 * Redis outage (app/services/redis_bus.ts): the instance keeps serving,
 * broadcasts of the outage are dropped and the browsers refetch once it is
 * back.
 */
function transport(url: string) {
  return { driver: () => redisBus.create(redisOptions(url)) as never }
}

export default defineConfig({
  pingInterval: '30s',
  transport: redisUrl ? transport(redisUrl) : null,
})
