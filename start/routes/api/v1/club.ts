import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'

/**
 * The club's daily loop: members, packages and credits, bookings,
 * attendance and the dashboards
 */
const MeMembersController = () => import('#controllers/api/v1/me_members_controller')
const AdminMembersController = () => import('#controllers/api/v1/admin_members_controller')
const PackagesController = () => import('#controllers/api/v1/packages_controller')
const AdminPackagesController = () => import('#controllers/api/v1/admin_packages_controller')
const MemberPackagesController = () => import('#controllers/api/v1/member_packages_controller')
const BookingsController = () => import('#controllers/api/v1/bookings_controller')
const MeBookingsController = () => import('#controllers/api/v1/me_bookings_controller')
const RosterController = () => import('#controllers/api/v1/roster_controller')
const AttendanceController = () => import('#controllers/api/v1/attendance_controller')
const MeDashboardController = () => import('#controllers/api/v1/me_dashboard_controller')
const AdminDashboardController = () => import('#controllers/api/v1/admin_dashboard_controller')

apiV1(() => {
  /**
   * Public
   */
  router.get('/packages', [PackagesController, 'index']).as('packages.index')

  /**
   * A parent's own members and packages
   */
  router
    .group(() => {
      router.get('/members', [MeMembersController, 'index']).as('members.index')
      router.post('/members', [MeMembersController, 'store']).as('members.store')
      router.patch('/members/:id', [MeMembersController, 'update']).as('members.update')
      router.get('/packages', [MemberPackagesController, 'mine']).as('packages.index')
      router.get('/bookings', [MeBookingsController, 'index']).as('bookings.index')
      router.get('/dashboard', [MeDashboardController, 'show']).as('dashboard')
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
        .post('/bookings', [BookingsController, 'store'])
        .as('bookings.store')
        .use(middleware.idempotent())
      router.get('/bookings/:id', [BookingsController, 'show']).as('bookings.show')
      router.post('/bookings/:id/cancel', [BookingsController, 'cancel']).as('bookings.cancel')

      router
        .get('/training-sessions/:id/roster', [RosterController, 'show'])
        .as('training_sessions.roster')
      router
        .put('/training-sessions/:id/attendance/:member_id', [AttendanceController, 'upsert'])
        .where('member_id', router.matchers.uuid())
        .as('training_sessions.attendance.upsert')
      router
        .put('/training-sessions/:id/attendance', [AttendanceController, 'bulk'])
        .as('training_sessions.attendance.bulk')
      router
        .get('/training-sessions/:id/presences', [AttendanceController, 'presences'])
        .as('training_sessions.presences')
      router
        .post('/training-sessions/:id/join', [AttendanceController, 'join'])
        .as('training_sessions.join')
      router
        .get('/members/:id/attendance', [AttendanceController, 'forMember'])
        .as('members.attendance')
    })
    .use(middleware.auth({ guards: ['api'] }))

  /**
   * Admin: members, packages, assignments
   */
  router
    .group(() => {
      router.get('/dashboard', [AdminDashboardController, 'show']).as('dashboard')
      router.get('/members', [AdminMembersController, 'index']).as('members.index')
      router.post('/members', [AdminMembersController, 'store']).as('members.store')
      router.get('/members/:id', [AdminMembersController, 'show']).as('members.show')
      router.patch('/members/:id', [AdminMembersController, 'update']).as('members.update')
      router.delete('/members/:id', [AdminMembersController, 'deactivate']).as('members.destroy')
      router.post('/members/:id/approve', [AdminMembersController, 'approve']).as('members.approve')
      router
        .post('/members/:id/deactivate', [AdminMembersController, 'deactivate'])
        .as('members.deactivate')
      router.post('/members/:id/restore', [AdminMembersController, 'restore']).as('members.restore')
      router
        .get('/members/:id/packages', [MemberPackagesController, 'forMember'])
        .as('members.packages.index')
      router
        .post('/members/:id/packages', [MemberPackagesController, 'assign'])
        .as('members.packages.store')

      router.get('/packages', [AdminPackagesController, 'index']).as('packages.index')
      router.post('/packages', [AdminPackagesController, 'store']).as('packages.store')
      router.get('/packages/:id', [AdminPackagesController, 'show']).as('packages.show')
      router.put('/packages/:id', [AdminPackagesController, 'update']).as('packages.update')
      router.delete('/packages/:id', [AdminPackagesController, 'destroy']).as('packages.destroy')

      router
        .get('/member-packages', [MemberPackagesController, 'index'])
        .as('member_packages.index')
      router
        .get('/member-packages/:id', [MemberPackagesController, 'show'])
        .as('member_packages.show')
    })
    .prefix('/admin')
    .as('admin')
    .use(middleware.auth({ guards: ['api'] }))
})
