import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Attendance of one member at one session: marked by the coach or an
 * admin (from a booking), or recorded when an invited participant joins an
 * online session. One row per member and session.
 */
export default class extends BaseSchema {
  protected tableName = 'attendances'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('training_session_id')
        .notNullable()
        .references('id')
        .inTable('training_sessions')
        .onDelete('CASCADE')
      table.uuid('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE')
      table.uuid('booking_id').nullable().references('id').inTable('bookings').onDelete('CASCADE')
      table.text('status').notNullable()
      table.timestamp('joined_at', { useTz: true }).nullable()
      table.uuid('validated_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('validated_at', { useTz: true }).nullable()
      table.string('notes', 500).nullable()
      table.text('feedback').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.unique(['training_session_id', 'member_id'])
      table.index(['member_id', 'created_at'])
      table.index(['booking_id'])
    })

    this.schema.raw(`
      ALTER TABLE attendances
        ADD CONSTRAINT attendances_status_check
          CHECK (status IN ('present', 'absent', 'excused', 'late'))
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
