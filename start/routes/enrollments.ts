/*
|--------------------------------------------------------------------------
| The public front door: the enrollment form and its status check; the
| admin's approvals; a parent's own applications
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { enrollmentStatusThrottle } from '#start/limiter'
import { controllers } from '#generated/controllers'

router.get('/enroll', [controllers.Enrollments, 'create']).as('enrollments.create')
router.post('/enroll', [controllers.Enrollments, 'store']).as('enrollments.store')
router
  .get('/enroll/status', [controllers.Enrollments, 'status'])
  .as('enrollments.status')
  .use(enrollmentStatusThrottle)
