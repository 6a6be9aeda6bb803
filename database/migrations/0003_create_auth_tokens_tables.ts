import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Three kinds of opaque tokens share one shape: API access tokens, refresh
 * tokens (rotated on every use) and password-reset tokens. Only hashes are
 * stored.
 */
export default class extends BaseSchema {
  async up() {
    for (const tableName of ['auth_access_tokens', 'refresh_tokens', 'password_reset_tokens']) {
      this.schema.createTable(tableName, (table) => {
        table.increments('id')
        table
          .uuid('tokenable_id')
          .notNullable()
          .references('id')
          .inTable('users')
          .onDelete('CASCADE')
        table.string('type').notNullable()
        table.string('name').nullable()
        table.string('hash').notNullable()
        table.text('abilities').notNullable()
        table.timestamp('created_at', { useTz: true })
        table.timestamp('updated_at', { useTz: true })
        table.timestamp('last_used_at', { useTz: true }).nullable()
        table.timestamp('expires_at', { useTz: true }).nullable()
        table.index(['tokenable_id'])
      })
    }
  }

  async down() {
    this.schema.dropTable('password_reset_tokens')
    this.schema.dropTable('refresh_tokens')
    this.schema.dropTable('auth_access_tokens')
  }
}
