/*
|--------------------------------------------------------------------------
| The club's daily loop, for people: a parent's children, bookings,
| packages and attendance; a coach's roster; the admin's approvals and
| packages
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * Parents (and adult members)
 */
router
  .group(() => {
    router.get('/children', [controllers.Children, 'index']).as('children.index')
    router.get('/children/new', [controllers.Children, 'create']).as('children.create')
    router.post('/children', [controllers.Children, 'store']).as('children.store')
    router.get('/children/:id/edit', [controllers.Children, 'edit']).as('children.edit')
    router.put('/children/:id', [controllers.Children, 'update']).as('children.update')
    router.get('/children/:id/export', [controllers.Children, 'exportData']).as('children.export')
    router.post('/children/:id/erase', [controllers.Children, 'erase']).as('children.erase')

    router.get('/book', [controllers.ParentBookings, 'create']).as('bookings.create')
    router.post('/bookings', [controllers.ParentBookings, 'store']).as('bookings.store')
    router.get('/bookings', [controllers.ParentBookings, 'index']).as('bookings.index')
    router
      .get('/bookings/:id/cancel', [controllers.ParentBookings, 'confirmCancel'])
      .as('bookings.confirm_cancel')
    router
      .post('/bookings/:id/cancel', [controllers.ParentBookings, 'cancel'])
      .as('bookings.cancel')

    router.get('/packages', [controllers.ParentPackages, 'index']).as('packages.index')
    router.get('/attendance', [controllers.ParentPackages, 'attendance']).as('attendance.index')
  })
  .prefix('/parent')
  .as('parent')
  .use(middleware.auth({ guards: ['web'] }))

/**
 * A coach's roster with one-tap attendance and "mark all present" (mobile
 * first)
 */
router
  .group(() => {
    router.get('/sessions/:id/roster', [controllers.CoachRoster, 'show']).as('roster.show')
    router
      .post('/sessions/:id/roster/all', [controllers.CoachRoster, 'markAll'])
      .as('roster.mark_all')
    router
      .post('/sessions/:id/roster/:member_id', [controllers.CoachRoster, 'mark'])
      .where('member_id', router.matchers.uuid())
      .as('roster.mark')
  })
  .prefix('/coach')
  .as('coach')
  .use(middleware.auth({ guards: ['web'] }))

/**
 * Admin: members (approvals, details, status changes), packages and
 * assigning them
 */
router
  .group(() => {
    router.get('/members', [controllers.AdminMembers, 'index']).as('members.index')
    router.get('/members/:id/edit', [controllers.AdminMembers, 'edit']).as('members.edit')
    router.put('/members/:id', [controllers.AdminMembers, 'update']).as('members.update')
    router.post('/members/:id/approve', [controllers.AdminMembers, 'approve']).as('members.approve')
    router.post('/members/:id/reject', [controllers.AdminMembers, 'reject']).as('members.reject')
    router
      .post('/members/:id/deactivate', [controllers.AdminMembers, 'deactivate'])
      .as('members.deactivate')
    router.post('/members/:id/restore', [controllers.AdminMembers, 'restore']).as('members.restore')
    router
      .get('/members/:id/packages', [controllers.AdminMembers, 'packages'])
      .as('members.packages')
    router.post('/members/:id/packages', [controllers.AdminMembers, 'assign']).as('members.assign')

    router.get('/packages', [controllers.AdminPackages, 'index']).as('packages.index')
    router.get('/packages/new', [controllers.AdminPackages, 'create']).as('packages.create')
    router.post('/packages', [controllers.AdminPackages, 'store']).as('packages.store')
    router.get('/packages/:id/edit', [controllers.AdminPackages, 'edit']).as('packages.edit')
    router.put('/packages/:id', [controllers.AdminPackages, 'update']).as('packages.update')
    router
      .post('/packages/:id/archive', [controllers.AdminPackages, 'archive'])
      .as('packages.archive')
    router
      .post('/packages/:id/unarchive', [controllers.AdminPackages, 'unarchive'])
      .as('packages.unarchive')
  })
  .prefix('/admin')
  .as('admin')
  .use(middleware.auth({ guards: ['web'] }))
