import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A sign-up waiting for its owner to open the link in the confirmation
 * mail. The account is created only then, so the sign-up form answers
 * the same whether or not the email already has an account (issue 14).
 * Only a hash of the link's token and of the chosen password are kept.
 */
export default class extends BaseSchema {
  protected tableName = 'signup_requests'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.specificType('email', 'citext').notNullable()
      table.string('name', 120).notNullable()
      table.string('phone', 32).nullable()
      table.string('locale', 5).notNullable().defaultTo('id')
      table.text('password_hash').notNullable()
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['email'])
      table.index(['expires_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
