import { defineConfig, stores } from '@adonisjs/limiter'

/**
 * Limits are counted in PostgreSQL, shared by every app instance, also when
 * REDIS_URL is set: Redis is optional at run time, and a limit that
 * vanished (or refused every sign-in) during a Redis outage would be worse
 * than one more indexed write per attempt. docs/scale-out.md says why.
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
