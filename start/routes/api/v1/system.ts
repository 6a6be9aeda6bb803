import router from '@adonisjs/core/services/router'
import { apiV1 } from '#start/routes/api/group'

const HealthController = () => import('#controllers/api/v1/health_controller')
const ApiDocsController = () => import('#controllers/api_docs_controller')

apiV1(() => {
  router.get('/ping', ({ response }) => response.success({ pong: true })).as('ping')
  router.get('/health', [HealthController, 'show']).as('health')
  router.get('/openapi.json', [ApiDocsController, 'document']).as('openapi')
})

/**
 * The readable reference, rendered from the same document
 */
router.get('/api/docs', [ApiDocsController, 'show']).as('api.docs')
