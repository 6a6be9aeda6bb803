import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The secret of a person's iCalendar feed (GET /calendar/:token.ics), one
 * per account. The token itself is never stored: it is derived from the
 * app key and `nonce` (so the profile page can show it again), and a feed
 * request is matched by `token_hash` (sha256 of the token). Resetting the
 * link replaces the nonce, and with it the token and its hash.
 */
export default class extends BaseSchema {
  protected tableName = 'calendar_tokens'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('user_id')
        .notNullable()
        .unique()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.text('nonce').notNullable()
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
