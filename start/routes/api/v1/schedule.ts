import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * The schedule: programs, rooms, named slots, coaches and training sessions
 */
apiV1(() => {
  /**
   * Public reads (a bearer token, when sent, shows more to staff); the
   * anonymous lists come from the public cache (app/services/public_cache.ts)
   */
  router
    .get('/programs', [controllers.api.v1.Programs, 'index'])
    .as('programs.index')
    .use(middleware.publicAnswer())
  router.get('/programs/:id', [controllers.api.v1.Programs, 'show']).as('programs.show')
  router
    .get('/coaches', [controllers.api.v1.Coaches, 'index'])
    .as('coaches.index')
    .use(middleware.publicAnswer())
  router.get('/coaches/:id', [controllers.api.v1.Coaches, 'show']).as('coaches.show')
  router.get('/coaches/:id/slots', [controllers.api.v1.Coaches, 'slots']).as('coaches.slots')
  router
    .get('/training-sessions', [controllers.api.v1.TrainingSessions, 'index'])
    .as('training_sessions.index')
    .use(middleware.publicAnswer())
  router
    .get('/training-sessions/:id', [controllers.api.v1.TrainingSessions, 'show'])
    .as('training_sessions.show')

  /**
   * Signed in
   */
  router
    .group(() => {
      router.get('/programs/stats', [controllers.api.v1.Programs, 'stats']).as('programs.stats')
      router.post('/programs', [controllers.api.v1.Programs, 'store']).as('programs.store')
      router.put('/programs/:id', [controllers.api.v1.Programs, 'update']).as('programs.update')
      router
        .delete('/programs/:id', [controllers.api.v1.Programs, 'destroy'])
        .as('programs.destroy')

      router.get('/rooms', [controllers.api.v1.Rooms, 'index']).as('rooms.index')
      router.get('/rooms/:id', [controllers.api.v1.Rooms, 'show']).as('rooms.show')
      router.post('/rooms', [controllers.api.v1.Rooms, 'store']).as('rooms.store')
      router.put('/rooms/:id', [controllers.api.v1.Rooms, 'update']).as('rooms.update')
      router.delete('/rooms/:id', [controllers.api.v1.Rooms, 'destroy']).as('rooms.destroy')

      router
        .get('/session-times', [controllers.api.v1.SessionTimes, 'index'])
        .as('session_times.index')
      router
        .get('/session-times/:id', [controllers.api.v1.SessionTimes, 'show'])
        .as('session_times.show')
      router
        .post('/session-times', [controllers.api.v1.SessionTimes, 'store'])
        .as('session_times.store')
      router
        .put('/session-times/:id', [controllers.api.v1.SessionTimes, 'update'])
        .as('session_times.update')
      router
        .delete('/session-times/:id', [controllers.api.v1.SessionTimes, 'destroy'])
        .as('session_times.destroy')

      router
        .get('/admin/coaches', [controllers.api.v1.AdminCoaches, 'index'])
        .as('admin.coaches.index')
      router
        .get('/admin/coaches/:id', [controllers.api.v1.AdminCoaches, 'show'])
        .as('admin.coaches.show')
      router
        .post('/admin/coaches', [controllers.api.v1.AdminCoaches, 'store'])
        .as('admin.coaches.store')
      router
        .put('/admin/coaches/:id', [controllers.api.v1.AdminCoaches, 'update'])
        .as('admin.coaches.update')
      router
        .delete('/admin/coaches/:id', [controllers.api.v1.AdminCoaches, 'destroy'])
        .as('admin.coaches.destroy')

      router
        .get('/coach/dashboard', [controllers.api.v1.CoachDashboard, 'show'])
        .as('coach.dashboard')

      router
        .post('/training-sessions/series', [controllers.api.v1.SessionSeries, 'store'])
        .as('training_sessions.series.store')
      router
        .get('/training-sessions/series/:id', [controllers.api.v1.SessionSeries, 'show'])
        .as('training_sessions.series.show')
      router
        .patch('/training-sessions/series/:id', [controllers.api.v1.SessionSeries, 'update'])
        .as('training_sessions.series.update')
      router
        .post('/training-sessions/series/:id/cancel', [controllers.api.v1.SessionSeries, 'cancel'])
        .as('training_sessions.series.cancel')

      router
        .post('/training-sessions', [controllers.api.v1.TrainingSessions, 'store'])
        .as('training_sessions.store')
      router
        .patch('/training-sessions/:id', [controllers.api.v1.TrainingSessions, 'update'])
        .as('training_sessions.update')
      router
        .delete('/training-sessions/:id', [controllers.api.v1.TrainingSessions, 'destroy'])
        .as('training_sessions.destroy')
      for (const action of ['open', 'close', 'start', 'complete', 'cancel'] as const) {
        router
          .post(`/training-sessions/:id/${action}`, [controllers.api.v1.TrainingSessions, action])
          .as(`training_sessions.${action}`)
      }
    })
    .use(middleware.auth({ guards: ['api'] }))
})
