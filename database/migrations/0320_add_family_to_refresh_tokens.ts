import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Refresh token families: every token rotated from one sign-in shares its
 * family; a used token is kept (used_at) until it expires, so that
 * presenting it again is recognised as theft and ends the whole family.
 */
export default class extends BaseSchema {
  protected tableName = 'refresh_tokens'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.uuid('family_id').nullable().index()
      table.timestamp('used_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('family_id')
      table.dropColumn('used_at')
    })
  }
}
