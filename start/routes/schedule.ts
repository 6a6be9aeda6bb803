/*
|--------------------------------------------------------------------------
| Schedule pages: the public schedule and catalogue, the coach's sessions,
| and the admin screens for programs, rooms, slots, coaches, sessions and
| series
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

const SESSION_ACTION = /^(open|close|start|complete|cancel)$/

/**
 * Public
 */
router.get('/schedule', [controllers.Schedule, 'index']).as('schedule.index')
router.get('/programs', [controllers.Programs, 'index']).as('programs.index')
router.get('/programs/:id', [controllers.Programs, 'show']).as('programs.show')

/**
 * A coach's own sessions (mobile first)
 */
router
  .group(() => {
    router.get('/sessions', [controllers.CoachSessions, 'index']).as('sessions.index')
    router.get('/sessions/new', [controllers.CoachSessions, 'create']).as('sessions.create')
    router.post('/sessions', [controllers.CoachSessions, 'store']).as('sessions.store')
    router.get('/sessions/:id/edit', [controllers.CoachSessions, 'edit']).as('sessions.edit')
    router.put('/sessions/:id', [controllers.CoachSessions, 'update']).as('sessions.update')
    router
      .post('/sessions/:id/:action', [controllers.CoachSessions, 'transition'])
      .where('action', SESSION_ACTION)
      .as('sessions.transition')
  })
  .prefix('/coach')
  .as('coach')
  .use(middleware.auth({ guards: ['web'] }))

/**
 * Admin screens
 */
router
  .group(() => {
    router.resource('programs', controllers.AdminPrograms).except(['show']).as('programs')
    router.resource('rooms', controllers.AdminRooms).except(['show']).as('rooms')
    router
      .resource('session-times', controllers.AdminSessionTimes)
      .except(['show'])
      .as('session_times')
    router.resource('coaches', controllers.AdminCoaches).except(['show']).as('coaches')

    router.resource('sessions', controllers.AdminSessions).except(['show']).as('sessions')
    router
      .post('/sessions/:id/:action', [controllers.AdminSessions, 'transition'])
      .where('action', SESSION_ACTION)
      .as('sessions.transition')

    router.resource('series', controllers.AdminSeries).except(['destroy']).as('series')
    router.post('/series/:id/cancel', [controllers.AdminSeries, 'cancel']).as('series.cancel')

    router.get('/audit-logs', [controllers.AdminAuditLogs, 'index']).as('audit_logs.index')
  })
  .prefix('/admin')
  .as('admin')
  .use(middleware.auth({ guards: ['web'] }))
