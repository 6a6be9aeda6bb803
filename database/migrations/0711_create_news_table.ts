import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * News of the club. `publish_at` null is a draft; a future one is
 * scheduled; the public sees an item only from that moment on (DESIGN
 * rule 10). `body` is Markdown, rendered and sanitised on display.
 * `photo_key` names the stored cover (app/services/photos.ts).
 */
export default class extends BaseSchema {
  protected tableName = 'news'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('title', 200).notNullable()
      table.string('slug', 220).notNullable().unique()
      table.text('body').notNullable()
      table.text('photo_key').nullable()
      table.timestamp('publish_at', { useTz: true }).nullable()
      table.uuid('author_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['publish_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
