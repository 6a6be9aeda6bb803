import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The invited audience of a session (audience = 'invited', DESIGN.md §4
 * rule 6): only these members see it and may be booked into it.
 */
export default class extends BaseSchema {
  protected tableName = 'session_invitations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('training_session_id')
        .notNullable()
        .references('id')
        .inTable('training_sessions')
        .onDelete('CASCADE')
      table.uuid('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE')
      table.uuid('invited_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['training_session_id', 'member_id'])
      table.index(['member_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
