import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, drivers, exponentialBackoff } from '@adonisjs/queue'

/**
 * Background work (mail, reminders, the nightly chores) as durable jobs:
 *
 * - `database` (default in production): the queue_jobs and queue_schedules
 *   tables of the app's PostgreSQL. A job survives a crash of the process
 *   that queued it; workers (`node ace queue:work`) take each job once
 *   (FOR UPDATE SKIP LOCKED), also when several run.
 * - `redis`: the same on REDIS_URL's Redis. Opt-in only: Redis is optional
 *   at run time, and a job queued during an outage would be lost.
 * - `sync` (default in development and tests): a job runs at once, in the
 *   process that queued it; no worker needed.
 */
const driver = env.get('QUEUE_DRIVER', app.inProduction ? 'database' : 'sync')

export default defineConfig({
  default: driver,

  adapters: {
    database: drivers.database({ connectionName: 'postgres' }),
    ...(driver === 'redis' ? { redis: drivers.redis({ connectionName: 'main' }) } : {}),
    sync: drivers.sync(),
  },

  defaultJobOptions: {
    maxRetries: 5,
    retry: {
      backoff: exponentialBackoff({ baseDelay: '5s', maxDelay: '10m', multiplier: 3 }),
    },
  },

  worker: {
    concurrency: 5,
    idleDelay: '1s',
    stalledThreshold: '5m',
    stalledInterval: '1m',
    gracefulShutdown: true,
  },

  locations: ['./app/jobs/**/*.{ts,js}'],
})
