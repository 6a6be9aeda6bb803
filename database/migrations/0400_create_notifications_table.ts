import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the club told a person (an approval, a booking, a promotion from the
 * waitlist, a cancelled session), kept so it reaches them when they were
 * offline. The text is not stored: it is translated from `type` and
 * `params` when shown, in the reader's language. `data` holds the ids the
 * notification links to. Rows are kept (no pruning yet).
 */
export default class extends BaseSchema {
  protected tableName = 'notifications'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.text('type').notNullable()
      table.jsonb('params').notNullable().defaultTo('{}')
      table.jsonb('data').notNullable().defaultTo('{}')
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()

      table.index(['user_id', 'read_at', 'created_at'])
    })

    this.schema.raw(`
      ALTER TABLE notifications
        ADD CONSTRAINT notifications_type_check
          CHECK (type IN ('member_approved', 'booking_confirmed', 'booking_waitlisted',
                          'waitlist_promoted', 'session_cancelled'))
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
