import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * The public front door (seed 004 §5): the enrollment form, its status
 * check, and the staff's approvals
 */
apiV1(() => {
  router
    .post('/enrollments', [controllers.api.v1.Enrollments, 'store'])
    .as('enrollments.store')
    .use(middleware.idempotent())
  router
    .get('/enrollments/status', [controllers.api.v1.Enrollments, 'status'])
    .as('enrollments.status')

  router
    .group(() => {
      router
        .get('/me/enrollments', [controllers.api.v1.Enrollments, 'mine'])
        .as('me.enrollments.index')
      router.get('/enrollments', [controllers.api.v1.Enrollments, 'index']).as('enrollments.index')
      router
        .get('/enrollments/:id', [controllers.api.v1.Enrollments, 'show'])
        .as('enrollments.show')
      router
        .post('/enrollments/:id/approve', [controllers.api.v1.Enrollments, 'approve'])
        .as('enrollments.approve')
      router
        .post('/enrollments/:id/reject', [controllers.api.v1.Enrollments, 'reject'])
        .as('enrollments.reject')
      router
        .post('/enrollments/:id/cancel', [controllers.api.v1.Enrollments, 'cancel'])
        .as('enrollments.cancel')
    })
    .use(middleware.auth({ guards: ['api'] }))
})
