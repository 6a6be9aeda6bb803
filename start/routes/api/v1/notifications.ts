import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * The signed-in account's own notifications
 */
apiV1(() => {
  router
    .group(() => {
      router
        .get('/notifications', [controllers.api.v1.Notifications, 'index'])
        .as('notifications.index')
      router
        .post('/notifications/read', [controllers.api.v1.Notifications, 'markRead'])
        .as('notifications.read')
      router
        .post('/notifications/:id/read', [controllers.api.v1.Notifications, 'markOneRead'])
        .as('notifications.read_one')
    })
    .use(middleware.auth({ guards: ['api'] }))
})
