import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Achievements of the club or of one member. A `member` achievement names
 * its member, a `club` one names none (CHECK). The public sees it from its
 * date on (club time, DESIGN rule 10).
 */
export default class extends BaseSchema {
  protected tableName = 'achievements'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.text('type').notNullable()
      table.uuid('member_id').nullable().references('id').inTable('members').onDelete('RESTRICT')
      table.string('title', 200).notNullable()
      table.text('description').notNullable()
      table.date('achieved_on').notNullable()
      table.text('photo_key').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['achieved_on'])
      table.index(['member_id'])
    })
    this.schema.raw(`
      ALTER TABLE achievements
        ADD CONSTRAINT achievements_type_check CHECK (type IN ('member', 'club')),
        ADD CONSTRAINT achievements_member_check CHECK ((type = 'member') = (member_id IS NOT NULL))
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
