/*
|--------------------------------------------------------------------------
| /api/v1 — one file per area
|--------------------------------------------------------------------------
*/

await import('#start/routes/api/v1/system')
await import('#start/routes/api/v1/auth')
await import('#start/routes/api/v1/admin')
await import('#start/routes/api/v1/schedule')
await import('#start/routes/api/v1/club')
await import('#start/routes/api/v1/notifications')
await import('#start/routes/api/v1/enrollments')
await import('#start/routes/api/v1/chat')
await import('#start/routes/api/v1/analytics')
await import('#start/routes/api/v1/site')
