import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Rate-limit counters need no durability: a crash that empties them only
 * restarts short windows. Unlogged, an /api/v1 request's counter upsert no
 * longer waits for a WAL flush (docs/performance.md: the limiter write was
 * the per-request queue under load).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('ALTER TABLE rate_limits SET UNLOGGED')
  }

  async down() {
    this.schema.raw('ALTER TABLE rate_limits SET LOGGED')
  }
}
