import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Portal sessions live on the server (@adonisjs/session database store):
 * a logout, a password change or reset and a deactivation end them, also
 * for a copied cookie. Each row is tagged with its account (user_id).
 */
export default class extends BaseSchema {
  protected tableName = 'sessions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('id').primary()
      table.text('data').notNullable()
      table.string('user_id').nullable().index()
      table.timestamp('expires_at', { useTz: true }).notNullable().index()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
