import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * The club's daily loop: members, packages and credits, bookings,
 * attendance and the dashboards
 */
apiV1(() => {
  /**
   * Public
   */
  router.get('/packages', [controllers.api.v1.Packages, 'index']).as('packages.index')

  /**
   * A parent's own members and packages
   */
  router
    .group(() => {
      router.get('/members', [controllers.api.v1.MeMembers, 'index']).as('members.index')
      router.post('/members', [controllers.api.v1.MeMembers, 'store']).as('members.store')
      router.patch('/members/:id', [controllers.api.v1.MeMembers, 'update']).as('members.update')
      router.get('/packages', [controllers.api.v1.MemberPackages, 'mine']).as('packages.index')
      router.get('/bookings', [controllers.api.v1.MeBookings, 'index']).as('bookings.index')
      router.get('/dashboard', [controllers.api.v1.MeDashboard, 'show']).as('dashboard')
    })
    .prefix('/me')
    .as('me')
    .use(middleware.auth({ guards: ['api'] }))

  /**
   * Bookings, rosters and attendance
   */
  router
    .group(() => {
      router
        .post('/bookings', [controllers.api.v1.Bookings, 'store'])
        .as('bookings.store')
        .use(middleware.idempotent())
      router.get('/bookings/:id', [controllers.api.v1.Bookings, 'show']).as('bookings.show')
      router
        .post('/bookings/:id/cancel', [controllers.api.v1.Bookings, 'cancel'])
        .as('bookings.cancel')

      router
        .get('/training-sessions/:id/roster', [controllers.api.v1.Roster, 'show'])
        .as('training_sessions.roster')
      router
        .put('/training-sessions/:id/attendance/:member_id', [
          controllers.api.v1.Attendance,
          'upsert',
        ])
        .where('member_id', router.matchers.uuid())
        .as('training_sessions.attendance.upsert')
      router
        .put('/training-sessions/:id/attendance', [controllers.api.v1.Attendance, 'bulk'])
        .as('training_sessions.attendance.bulk')
      router
        .get('/training-sessions/:id/invitations', [controllers.api.v1.SessionInvitations, 'index'])
        .as('training_sessions.invitations.index')
      router
        .post('/training-sessions/:id/invitations', [
          controllers.api.v1.SessionInvitations,
          'store',
        ])
        .as('training_sessions.invitations.store')
      router
        .delete('/training-sessions/:id/invitations/:member_id', [
          controllers.api.v1.SessionInvitations,
          'destroy',
        ])
        .where('member_id', router.matchers.uuid())
        .as('training_sessions.invitations.destroy')
      router
        .get('/training-sessions/:id/presences', [controllers.api.v1.Attendance, 'presences'])
        .as('training_sessions.presences')
      router
        .post('/training-sessions/:id/join', [controllers.api.v1.Attendance, 'join'])
        .as('training_sessions.join')
      router
        .get('/members/:id/attendance', [controllers.api.v1.Attendance, 'forMember'])
        .as('members.attendance')
      router
        .get('/members/:id/export', [controllers.api.v1.MemberData, 'export'])
        .as('members.export')
      router
        .post('/members/:id/erase', [controllers.api.v1.MemberData, 'erase'])
        .as('members.erase')
    })
    .use(middleware.auth({ guards: ['api'] }))

  /**
   * Admin: members, packages, assignments
   */
  router
    .group(() => {
      router.get('/dashboard', [controllers.api.v1.AdminDashboard, 'show']).as('dashboard')
      router.get('/members', [controllers.api.v1.AdminMembers, 'index']).as('members.index')
      router.post('/members', [controllers.api.v1.AdminMembers, 'store']).as('members.store')
      router.get('/members/:id', [controllers.api.v1.AdminMembers, 'show']).as('members.show')
      router.patch('/members/:id', [controllers.api.v1.AdminMembers, 'update']).as('members.update')
      router
        .delete('/members/:id', [controllers.api.v1.AdminMembers, 'deactivate'])
        .as('members.destroy')
      router
        .post('/members/:id/approve', [controllers.api.v1.AdminMembers, 'approve'])
        .as('members.approve')
      router
        .post('/members/:id/reject', [controllers.api.v1.AdminMembers, 'reject'])
        .as('members.reject')
      router
        .post('/members/:id/deactivate', [controllers.api.v1.AdminMembers, 'deactivate'])
        .as('members.deactivate')
      router
        .post('/members/:id/restore', [controllers.api.v1.AdminMembers, 'restore'])
        .as('members.restore')
      router
        .get('/members/:id/packages', [controllers.api.v1.MemberPackages, 'forMember'])
        .as('members.packages.index')
      router
        .post('/members/:id/packages', [controllers.api.v1.MemberPackages, 'assign'])
        .as('members.packages.store')

      router.get('/packages', [controllers.api.v1.AdminPackages, 'index']).as('packages.index')
      router.post('/packages', [controllers.api.v1.AdminPackages, 'store']).as('packages.store')
      router.get('/packages/:id', [controllers.api.v1.AdminPackages, 'show']).as('packages.show')
      router
        .put('/packages/:id', [controllers.api.v1.AdminPackages, 'update'])
        .as('packages.update')
      router
        .delete('/packages/:id', [controllers.api.v1.AdminPackages, 'destroy'])
        .as('packages.destroy')

      router
        .get('/member-packages', [controllers.api.v1.MemberPackages, 'index'])
        .as('member_packages.index')
      router
        .get('/member-packages/:id', [controllers.api.v1.MemberPackages, 'show'])
        .as('member_packages.show')
    })
    .prefix('/admin')
    .as('admin')
    .use(middleware.auth({ guards: ['api'] }))
})
