import router from '@adonisjs/core/services/router'
import { apiV1 } from '#start/routes/api/group'

apiV1(() => {
  router.get('/ping', ({ response }) => response.success({ pong: true })).as('ping')
})
