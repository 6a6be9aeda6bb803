/*
|--------------------------------------------------------------------------
| Development database setup
|--------------------------------------------------------------------------
|
| On the dev server with the embedded PostgreSQL (or DB_AUTO_SETUP=true),
| pending migrations run before the server listens and an empty database
| gets the demo club, so "npm run dev" is all a newcomer needs.
|
*/

import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { setupDatabase } from '#services/database_setup'

const embedded = process.env.LATIH_EMBEDDED_DATABASE === 'true'
if (app.inDev && env.get('DB_AUTO_SETUP', embedded)) {
  await setupDatabase({ seedWhenEmpty: true, log: (line) => console.log(line) })
}
