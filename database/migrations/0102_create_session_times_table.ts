import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Named daily slots ("Pagi 07:00–09:00") coaches pick when they create a
 * session from a slot and a date. Times are the club's local wall-clock time.
 */
export default class extends BaseSchema {
  protected tableName = 'session_times'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.specificType('label', 'citext').notNullable().unique()
      table.time('start_time').notNullable()
      table.time('end_time').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['start_time'])
    })
    this.schema.raw(
      'ALTER TABLE session_times ADD CONSTRAINT session_times_range_check CHECK (end_time > start_time)'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
