import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Idempotency-Key records for creating POSTs (DESIGN.md §3): the first
 * request with a key stores its answer; a replay within 24 hours gets that
 * answer back and creates nothing. Keys are scoped per endpoint and per
 * caller, so two clients choosing the same key never collide.
 */
export default class extends BaseSchema {
  protected tableName = 'idempotency_keys'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('scope', 80).notNullable()
      table.string('owner', 120).notNullable()
      table.string('key', 255).notNullable()
      table.string('request_hash', 64).notNullable()
      table.integer('response_status').nullable()
      table.jsonb('response_body').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('expires_at', { useTz: true }).notNullable()

      table.unique(['scope', 'owner', 'key'])
      table.index(['expires_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
