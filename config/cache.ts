import env from '#start/env'
import { defineConfig, store, drivers } from '@adonisjs/cache'

/**
 * What visitors read, kept in each instance's memory
 * (app/services/public_cache.ts). Every instance drops it when PostgreSQL
 * reports a committed write to a table it comes from (NOTIFY latih_public,
 * migration 0760), with or without Redis, so no bus is needed; the TTL
 * bounds what changes with time alone (a news item's publish time, a
 * session that has ended). Bounded in size: a visitor cannot fill memory
 * with query strings.
 */
const cacheConfig = defineConfig({
  default: 'public',
  stores: {
    public: store().useL1Layer(
      drivers.memory({ maxSize: '32mb', maxEntrySize: '1mb', maxItems: 2000 })
    ),
  },
  ttl: `${env.get('PUBLIC_CACHE_TTL_SECONDS', 10)}s`,
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
