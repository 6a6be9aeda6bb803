import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiThrottle } from '#start/limiter'

/**
 * Registers routes under /api/v1: JSON responses, names prefixed "api.v1".
 * Each area file (start/routes/api/v1/*.ts) calls this once.
 */
export function apiV1(routes: () => void) {
  return router
    .group(routes)
    .prefix('/api/v1')
    .as('api.v1')
    .use([middleware.forceJson(), apiThrottle])
}
