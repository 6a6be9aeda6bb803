import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { enrollmentStatusThrottle } from '#start/limiter'
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
    .use(enrollmentStatusThrottle)
})
