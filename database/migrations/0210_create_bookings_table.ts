import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A member's seat in a training session (or their place on its waitlist).
 *
 * What the database guarantees, whatever the application does:
 * - one live (not cancelled) booking per member and session;
 * - waitlist positions are unique within a session and only waitlisted
 *   bookings have one;
 * - a session with bookings cannot be deleted (RESTRICT), only cancelled.
 * Seats are counted in training_sessions.booked_count (CHECK ≤ capacity),
 * which the booking actions move under a row lock on the session.
 */
export default class extends BaseSchema {
  protected tableName = 'bookings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('training_session_id')
        .notNullable()
        .references('id')
        .inTable('training_sessions')
        .onDelete('RESTRICT')
      table.uuid('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE')
      table
        .uuid('member_package_id')
        .nullable()
        .references('id')
        .inTable('member_packages')
        .onDelete('RESTRICT')
      table.text('status').notNullable()
      table.integer('waitlist_position').nullable()
      table.string('notes', 500).nullable()
      table.uuid('booked_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('booked_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      table.timestamp('promoted_at', { useTz: true }).nullable()
      table.timestamp('credit_used_at', { useTz: true }).nullable()
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.uuid('cancelled_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('cancellation_reason', 500).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['training_session_id', 'status'])
      table.index(['member_id', 'status'])
      table.index(['member_package_id', 'status'])
    })

    this.schema.raw(`
      ALTER TABLE bookings
        ADD CONSTRAINT bookings_status_check
          CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
        ADD CONSTRAINT bookings_waitlist_position_check
          CHECK ((status = 'waitlisted') = (waitlist_position IS NOT NULL)),
        ADD CONSTRAINT bookings_cancelled_at_check
          CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL)
    `)
    this.schema.raw(`
      CREATE UNIQUE INDEX bookings_one_live_per_member
        ON bookings (training_session_id, member_id) WHERE status <> 'cancelled'
    `)
    this.schema.raw(`
      CREATE UNIQUE INDEX bookings_waitlist_position_unique
        ON bookings (training_session_id, waitlist_position) WHERE status = 'waitlisted'
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
