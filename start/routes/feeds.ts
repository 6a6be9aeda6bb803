/*
|--------------------------------------------------------------------------
| Calendar feeds and reports: data that leaves Latih for other programs
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * The iCalendar feed: public, its secret token is the key
 */
router
  .get('/calendar/:token.ics', [controllers.CalendarFeed, 'show'])
  .where('token', /^[A-Za-z0-9_-]+\.ics$/)
  .as('calendar.feed')

router
  .post('/account/calendar-link/reset', [controllers.CalendarFeed, 'reset'])
  .as('calendar_feed.reset')
  .use(middleware.auth({ guards: ['web'] }))

/**
 * Reports for admins, as CSV downloads
 */
router
  .get('/admin/reports/attendance.csv', [controllers.AdminReports, 'attendance'])
  .as('admin.reports.attendance')
  .use(middleware.auth({ guards: ['web'] }))

router
  .get('/admin/reports/members.csv', [controllers.AdminReports, 'members'])
  .as('admin.reports.members')
  .use(middleware.auth({ guards: ['web'] }))

router
  .get('/admin/reports/bookings.csv', [controllers.AdminReports, 'bookings'])
  .as('admin.reports.bookings')
  .use(middleware.auth({ guards: ['web'] }))
