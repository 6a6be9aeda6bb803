import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The club's identity, edited by admins on /admin/club: one row at most
 * (`singleton` is always true and unique). The layout, page titles, the
 * home page and mails read it; without a row the defaults of
 * app/services/club_identity.ts apply.
 */
export default class extends BaseSchema {
  protected tableName = 'club_settings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.boolean('singleton').notNullable().defaultTo(true).unique()
      table.string('name', 120).notNullable()
      table.string('description', 500).nullable()
      table.text('logo_key').nullable()
      table.string('address', 500).nullable()
      table.string('wa_number', 20).nullable()
      table.string('email', 254).nullable()
      table.string('opening_hours', 500).nullable()
      table.string('instagram_url', 300).nullable()
      table.string('facebook_url', 300).nullable()
      table.string('youtube_url', 300).nullable()
      table.string('tiktok_url', 300).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `ALTER TABLE club_settings ADD CONSTRAINT club_settings_singleton_check CHECK (singleton)`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
