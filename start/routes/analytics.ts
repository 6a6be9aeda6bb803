/*
|--------------------------------------------------------------------------
| Analytics pages: the club's figures for admins, a coach's own
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .get('/admin/analytics', [controllers.Analytics, 'admin'])
  .as('admin.analytics')
  .use(middleware.auth({ guards: ['web'] }))

router
  .get('/coach/analytics', [controllers.Analytics, 'coach'])
  .as('coach.analytics')
  .use(middleware.auth({ guards: ['web'] }))
