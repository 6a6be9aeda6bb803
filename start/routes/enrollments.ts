/*
|--------------------------------------------------------------------------
| The public front door: the enrollment form and its status check; the
| admin's approvals; a parent's own applications
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router.get('/enroll', [controllers.Enrollments, 'create']).as('enrollments.create')
router.post('/enroll', [controllers.Enrollments, 'store']).as('enrollments.store')
router.get('/enroll/status', [controllers.Enrollments, 'status']).as('enrollments.status')

/**
 * Admin: the approvals queue and the whole application on one screen
 */
router
  .group(() => {
    router.get('/enrollments', [controllers.AdminEnrollments, 'index']).as('enrollments.index')
    router.get('/enrollments/:id', [controllers.AdminEnrollments, 'show']).as('enrollments.show')
    router
      .post('/enrollments/:id/approve', [controllers.AdminEnrollments, 'approve'])
      .as('enrollments.approve')
    router
      .post('/enrollments/:id/reject', [controllers.AdminEnrollments, 'reject'])
      .as('enrollments.reject')
    router
      .post('/enrollments/:id/cancel', [controllers.AdminEnrollments, 'cancel'])
      .as('enrollments.cancel')
  })
  .prefix('/admin')
  .as('admin')
  .use(middleware.auth({ guards: ['web'] }))

/**
 * A parent's own applications
 */
router
  .group(() => {
    router.get('/enrollments', [controllers.ParentEnrollments, 'index']).as('enrollments.index')
    router
      .post('/enrollments/:id/cancel', [controllers.ParentEnrollments, 'cancel'])
      .as('enrollments.cancel')
  })
  .prefix('/parent')
  .as('parent')
  .use(middleware.auth({ guards: ['web'] }))
