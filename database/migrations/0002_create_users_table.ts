import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('name', 120).notNullable()
      table.specificType('email', 'citext').notNullable().unique()
      table.string('password').notNullable()
      table.string('phone', 32).nullable()
      table.string('wa_number', 32).nullable()
      table
        .enu('role', ['admin', 'coach', 'member'], {
          useNative: true,
          enumName: 'user_role',
        })
        .notNullable()
        .defaultTo('member')
      table
        .enu('status', ['active', 'inactive', 'suspended'], {
          useNative: true,
          enumName: 'user_status',
        })
        .notNullable()
        .defaultTo('active')
      table.string('locale', 5).notNullable().defaultTo('id')
      table.timestamp('last_login_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['role', 'status'])
    })
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_locale_check CHECK (locale IN ('id', 'en'))`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP TYPE IF EXISTS user_role')
    this.schema.raw('DROP TYPE IF EXISTS user_status')
  }
}
