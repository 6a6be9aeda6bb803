import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Why the system cancelled a booking, as a code the pages and mails
 * translate (`session_cancelled`, `member_deactivated`); the free-text
 * `cancellation_reason` keeps only what a person wrote. Rows written
 * before this migration carried English sentences: they become codes.
 */
export default class extends BaseSchema {
  protected tableName = 'bookings'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('cancellation_code', 40).nullable()
      table.check(
        `cancellation_code IS NULL OR cancellation_code IN ('session_cancelled', 'member_deactivated')`,
        [],
        'bookings_cancellation_code_known'
      )
    })
    this.defer(async (db) => {
      await db
        .from(this.tableName)
        .where('cancellation_reason', 'Session cancelled')
        .update({ cancellation_code: 'session_cancelled', cancellation_reason: null })
      await db
        .from(this.tableName)
        .where('cancellation_reason', 'Member deactivated')
        .update({ cancellation_code: 'member_deactivated', cancellation_reason: null })
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropChecks(['bookings_cancellation_code_known'])
      table.dropColumn('cancellation_code')
    })
  }
}
