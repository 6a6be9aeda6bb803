import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A session's confirmed seats (who holds one): the coach's report counts
 * the distinct members of their sessions and of each month, and with the
 * member in the index that is an index-only scan per session instead of
 * a sequential scan over every booking (docs/performance.md "## Analytics")
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE INDEX bookings_confirmed_seats_index
        ON bookings (training_session_id) INCLUDE (member_id) WHERE status = 'confirmed'
    `)
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS bookings_confirmed_seats_index')
  }
}
