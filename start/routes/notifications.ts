/*
|--------------------------------------------------------------------------
| A signed-in person's notifications
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/notifications', [controllers.Notifications, 'index']).as('notifications.index')
    router
      .get('/notifications/:id/open', [controllers.Notifications, 'open'])
      .as('notifications.open')
    router
      .post('/notifications/read', [controllers.Notifications, 'markAllRead'])
      .as('notifications.read_all')
  })
  .use(middleware.auth({ guards: ['web'] }))
