/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Split by area; each file registers its own group.
|
*/

import router from '@adonisjs/core/services/router'

router.where('id', router.matchers.uuid())

await import('#start/routes/web')
await import('#start/routes/auth')
await import('#start/routes/schedule')
await import('#start/routes/club')
await import('#start/routes/admin')
await import('#start/routes/notifications')
await import('#start/routes/calendar')
await import('#start/routes/enrollments')
await import('#start/routes/feeds')
await import('#start/routes/chat')
await import('#start/routes/analytics')
await import('#start/routes/site')
await import('#start/routes/api/v1')
