/*
|--------------------------------------------------------------------------
| The week calendar of a parent, a coach or an admin
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .get('/calendar', [controllers.Calendar, 'show'])
  .as('calendar.show')
  .use(middleware.auth({ guards: ['web'] }))
