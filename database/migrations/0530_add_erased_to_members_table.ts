import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A member's personal data can be erased on request (UU PDP, GDPR): the
 * row stays, anonymised, so counts and history hold; when and by whom is
 * the record of the erasure
 */
export default class extends BaseSchema {
  protected tableName = 'members'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.timestamp('erased_at', { useTz: true }).nullable()
      table.uuid('erased_by').nullable().references('id').inTable('users').onDelete('SET NULL')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('erased_by')
      table.dropColumn('erased_at')
    })
  }
}
