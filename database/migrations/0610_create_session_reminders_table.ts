import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per reminder sent for a booking (`kind` names the window, e.g.
 * `1440m` for --within=24h). `sessions:remind` inserts it with ON CONFLICT
 * DO NOTHING in the transaction that decides to send, so a second run, or
 * a run on another machine, sends nothing twice.
 */
export default class extends BaseSchema {
  protected tableName = 'session_reminders'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('booking_id')
        .notNullable()
        .references('id')
        .inTable('bookings')
        .onDelete('CASCADE')
      table.string('kind', 20).notNullable()
      table.timestamp('sent_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['booking_id', 'kind'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
