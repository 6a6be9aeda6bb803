import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A package assigned to a member: its credits and validity window are
 * copied at assignment, so editing the package later changes nothing here.
 * `used_sessions` only grows through attendance (DESIGN.md §4 rule 3).
 */
export default class extends BaseSchema {
  protected tableName = 'member_packages'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.uuid('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE')
      table
        .uuid('package_id')
        .notNullable()
        .references('id')
        .inTable('packages')
        .onDelete('RESTRICT')
      table.date('start_date').notNullable()
      table.date('end_date').notNullable()
      table.integer('total_sessions').notNullable()
      table.integer('used_sessions').notNullable().defaultTo(0)
      table.text('status').notNullable().defaultTo('active')
      table.uuid('assigned_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['member_id', 'status'])
      table.index(['package_id'])
      table.index(['status', 'end_date'])
    })

    this.schema.raw(`
      ALTER TABLE member_packages
        ADD CONSTRAINT member_packages_status_check
          CHECK (status IN ('active', 'expired', 'exhausted', 'cancelled')),
        ADD CONSTRAINT member_packages_dates_check CHECK (end_date >= start_date),
        ADD CONSTRAINT member_packages_total_check CHECK (total_sessions >= 1),
        ADD CONSTRAINT member_packages_used_check
          CHECK (used_sessions >= 0 AND used_sessions <= total_sessions)
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
