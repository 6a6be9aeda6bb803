import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * Analytics (DESIGN.md §6, seed 004 §7): the club's figures over a period
 */
apiV1(() => {
  router
    .group(() => {
      router.get('/dashboard', [controllers.api.v1.Analytics, 'dashboard']).as('dashboard')
      router.get('/programs/:id', [controllers.api.v1.Analytics, 'program']).as('programs')
      router.get('/members/:id', [controllers.api.v1.Analytics, 'member']).as('members')
      router.get('/coaches/:id', [controllers.api.v1.Analytics, 'coach']).as('coaches')
      router.get('/bookings', [controllers.api.v1.Analytics, 'bookings']).as('bookings')
    })
    .prefix('/analytics')
    .as('analytics')
    .use(middleware.auth({ guards: ['api'] }))
})
