import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A member is a person who trains. One parent account holds many members:
 * its children and at most one `self` member (the account holder).
 * `account_id` is null for public-form sign-ups until they make an account.
 */
export default class extends BaseSchema {
  protected tableName = 'members'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.uuid('account_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('name', 120).notNullable()
      table.date('date_of_birth').nullable()
      table.string('phone', 32).nullable()
      table.text('relationship').notNullable().defaultTo('child')
      table.text('status').notNullable().defaultTo('pending')
      table.string('guardian_name', 120).nullable()
      table.string('guardian_phone', 32).nullable()
      table.string('school', 160).nullable()
      table.string('grade', 40).nullable()
      table.text('notes').nullable()
      table.uuid('approved_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('approved_at', { useTz: true }).nullable()
      table.timestamp('deactivated_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['account_id'])
      table.index(['status', 'created_at'])
    })

    this.schema.raw(`
      ALTER TABLE members
        ADD CONSTRAINT members_relationship_check CHECK (relationship IN ('self', 'child')),
        ADD CONSTRAINT members_status_check CHECK (status IN ('pending', 'active', 'inactive')),
        ADD CONSTRAINT members_name_check CHECK (length(btrim(name)) > 0)
    `)
    /**
     * One `self` member per account, guaranteed by the database
     */
    this.schema.raw(`
      CREATE UNIQUE INDEX members_one_self_per_account
        ON members (account_id) WHERE relationship = 'self' AND account_id IS NOT NULL
    `)
    this.schema.raw(`CREATE INDEX members_name_trgm ON members USING gin (name gin_trgm_ops)`)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
