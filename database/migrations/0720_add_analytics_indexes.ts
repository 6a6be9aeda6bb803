import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Indexes the analytics queries read (app/queries/analytics/*,
 * docs/performance.md "## Analytics"):
 * - a period's sessions by start with what the reports group and filter by
 *   (program, coach, status), so the session side is an index-only scan;
 * - a session's attendance records with their status, so joining the
 *   attendances of a month of sessions reads the index only;
 * - bookings by when they were made ("bookings this month").
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE INDEX training_sessions_starts_at_analytics_index
        ON training_sessions (starts_at) INCLUDE (id, program_id, coach_id, status)
    `)
    this.schema.raw(
      'CREATE INDEX attendances_session_status_index ON attendances (training_session_id) INCLUDE (status)'
    )
    this.schema.raw('CREATE INDEX bookings_booked_at_index ON bookings (booked_at)')
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS bookings_booked_at_index')
    this.schema.raw('DROP INDEX IF EXISTS attendances_session_status_index')
    this.schema.raw('DROP INDEX IF EXISTS training_sessions_starts_at_analytics_index')
  }
}
