import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A claimed Idempotency-Key is held by its first request for a short lease
 * (issue 14): a process killed mid-request no longer leaves the key "in
 * progress" for 24 hours; once `locked_until` has passed, another request
 * with the same key and body may take it over.
 */
export default class extends BaseSchema {
  protected tableName = 'idempotency_keys'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.timestamp('locked_until', { useTz: true }).notNullable().defaultTo(this.now())
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('locked_until')
    })
  }
}
