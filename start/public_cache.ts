/*
|--------------------------------------------------------------------------
| The public cache listens for committed writes (app/services/public_cache.ts)
|--------------------------------------------------------------------------
*/

import app from '@adonisjs/core/services/app'
import { startPublicCache, stopPublicCache } from '#services/public_cache'

await startPublicCache()
app.terminating(() => stopPublicCache())
