import router from '@adonisjs/core/services/router'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

apiV1(() => {
  router.get('/ping', ({ response }) => response.success({ pong: true })).as('ping')
  router.get('/health', [controllers.api.v1.Health, 'show']).as('health')
  router.get('/health/live', [controllers.api.v1.Health, 'live']).as('health.live')
  router.get('/health/ready', [controllers.api.v1.Health, 'ready']).as('health.ready')
  router.get('/openapi.json', [controllers.ApiDocs, 'document']).as('openapi')
})

/**
 * The readable reference, rendered from the same document
 */
router.get('/api/docs', [controllers.ApiDocs, 'show']).as('api.docs')
