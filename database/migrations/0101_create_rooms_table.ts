import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Places sessions happen in; a room never holds two overlapping sessions
 * (see the training_sessions exclusion constraint).
 */
export default class extends BaseSchema {
  protected tableName = 'rooms'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.specificType('name', 'citext').notNullable().unique()
      table.integer('capacity').nullable()
      table.text('description').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      'ALTER TABLE rooms ADD CONSTRAINT rooms_capacity_check CHECK (capacity IS NULL OR capacity >= 1)'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
