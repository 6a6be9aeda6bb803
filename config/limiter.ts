import { defineConfig, stores } from '@adonisjs/limiter'

/**
 * Limits are counted in PostgreSQL (shared by every app instance), or in
 * Redis when REDIS_URL is set.
 */
const limiterConfig = defineConfig({
  default: 'database',
  stores: {
    database: stores.database({
      tableName: 'rate_limits',
    }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
