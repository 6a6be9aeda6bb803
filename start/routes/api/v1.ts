import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

router
  .group(() => {
    router.get('/ping', ({ response }) => response.success({ pong: true })).as('ping')
  })
  .prefix('/api/v1')
  .as('api.v1')
  .use(middleware.forceJson())
