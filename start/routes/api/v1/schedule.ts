import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'

const ProgramsController = () => import('#controllers/api/v1/programs_controller')
const RoomsController = () => import('#controllers/api/v1/rooms_controller')
const SessionTimesController = () => import('#controllers/api/v1/session_times_controller')
const CoachesController = () => import('#controllers/api/v1/coaches_controller')
const AdminCoachesController = () => import('#controllers/api/v1/admin_coaches_controller')
const TrainingSessionsController = () => import('#controllers/api/v1/training_sessions_controller')
const SessionSeriesController = () => import('#controllers/api/v1/session_series_controller')
const CoachDashboardController = () => import('#controllers/api/v1/coach_dashboard_controller')

/**
 * The schedule: programs, rooms, named slots, coaches and training sessions
 */
apiV1(() => {
  /**
   * Public reads (a bearer token, when sent, shows more to staff)
   */
  router.get('/programs', [ProgramsController, 'index']).as('programs.index')
  router.get('/programs/:id', [ProgramsController, 'show']).as('programs.show')
  router.get('/coaches', [CoachesController, 'index']).as('coaches.index')
  router.get('/coaches/:id', [CoachesController, 'show']).as('coaches.show')
  router.get('/coaches/:id/slots', [CoachesController, 'slots']).as('coaches.slots')
  router
    .get('/training-sessions', [TrainingSessionsController, 'index'])
    .as('training_sessions.index')
  router
    .get('/training-sessions/:id', [TrainingSessionsController, 'show'])
    .as('training_sessions.show')

  /**
   * Signed in
   */
  router
    .group(() => {
      router.get('/programs/stats', [ProgramsController, 'stats']).as('programs.stats')
      router.post('/programs', [ProgramsController, 'store']).as('programs.store')
      router.put('/programs/:id', [ProgramsController, 'update']).as('programs.update')
      router.delete('/programs/:id', [ProgramsController, 'destroy']).as('programs.destroy')

      router.get('/rooms', [RoomsController, 'index']).as('rooms.index')
      router.get('/rooms/:id', [RoomsController, 'show']).as('rooms.show')
      router.post('/rooms', [RoomsController, 'store']).as('rooms.store')
      router.put('/rooms/:id', [RoomsController, 'update']).as('rooms.update')
      router.delete('/rooms/:id', [RoomsController, 'destroy']).as('rooms.destroy')

      router.get('/session-times', [SessionTimesController, 'index']).as('session_times.index')
      router.get('/session-times/:id', [SessionTimesController, 'show']).as('session_times.show')
      router.post('/session-times', [SessionTimesController, 'store']).as('session_times.store')
      router
        .put('/session-times/:id', [SessionTimesController, 'update'])
        .as('session_times.update')
      router
        .delete('/session-times/:id', [SessionTimesController, 'destroy'])
        .as('session_times.destroy')

      router.get('/admin/coaches', [AdminCoachesController, 'index']).as('admin.coaches.index')
      router.get('/admin/coaches/:id', [AdminCoachesController, 'show']).as('admin.coaches.show')
      router.post('/admin/coaches', [AdminCoachesController, 'store']).as('admin.coaches.store')
      router
        .put('/admin/coaches/:id', [AdminCoachesController, 'update'])
        .as('admin.coaches.update')
      router
        .delete('/admin/coaches/:id', [AdminCoachesController, 'destroy'])
        .as('admin.coaches.destroy')

      router.get('/coach/dashboard', [CoachDashboardController, 'show']).as('coach.dashboard')

      router
        .post('/training-sessions/series', [SessionSeriesController, 'store'])
        .as('training_sessions.series.store')
      router
        .get('/training-sessions/series/:id', [SessionSeriesController, 'show'])
        .as('training_sessions.series.show')
      router
        .patch('/training-sessions/series/:id', [SessionSeriesController, 'update'])
        .as('training_sessions.series.update')
      router
        .post('/training-sessions/series/:id/cancel', [SessionSeriesController, 'cancel'])
        .as('training_sessions.series.cancel')

      router
        .post('/training-sessions', [TrainingSessionsController, 'store'])
        .as('training_sessions.store')
      router
        .patch('/training-sessions/:id', [TrainingSessionsController, 'update'])
        .as('training_sessions.update')
      router
        .delete('/training-sessions/:id', [TrainingSessionsController, 'destroy'])
        .as('training_sessions.destroy')
      for (const action of ['open', 'close', 'start', 'complete', 'cancel'] as const) {
        router
          .post(`/training-sessions/:id/${action}`, [TrainingSessionsController, action])
          .as(`training_sessions.${action}`)
      }
    })
    .use(middleware.auth({ guards: ['api'] }))
})
