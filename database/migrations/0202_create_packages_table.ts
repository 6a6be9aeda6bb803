import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A package is a bundle of session credits sold by the club, valid for a
 * number of days from its start.
 */
export default class extends BaseSchema {
  protected tableName = 'packages'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('name', 120).notNullable()
      table.text('description').nullable()
      table.integer('price').notNullable().defaultTo(0)
      table.integer('duration_days').notNullable()
      table.integer('session_count').notNullable()
      table.text('status').notNullable().defaultTo('active')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['status'])
    })

    this.schema.raw(`
      ALTER TABLE packages
        ADD CONSTRAINT packages_status_check CHECK (status IN ('active', 'inactive')),
        ADD CONSTRAINT packages_price_check CHECK (price >= 0),
        ADD CONSTRAINT packages_duration_days_check CHECK (duration_days >= 1),
        ADD CONSTRAINT packages_session_count_check CHECK (session_count >= 1)
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
