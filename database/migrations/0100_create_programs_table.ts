import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The catalogue: what the club teaches. Prices are whole rupiah.
 */
export default class extends BaseSchema {
  protected tableName = 'programs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('name', 160).notNullable()
      table.specificType('code', 'citext').notNullable().unique()
      table.text('description').nullable()
      table.string('category', 100).nullable()
      table.text('level').notNullable().defaultTo('beginner')
      table.integer('session_minutes').nullable()
      table.integer('duration_hours').nullable()
      table.integer('price_per_session').notNullable().defaultTo(0)
      table.integer('max_students').nullable()
      table.string('image_url', 2048).nullable()
      table.text('status').notNullable().defaultTo('active')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['status', 'level'])
      table.index(['category'])
    })

    this.schema.raw(`
      ALTER TABLE programs
        ADD CONSTRAINT programs_level_check
          CHECK (level IN ('beginner', 'intermediate', 'advanced')),
        ADD CONSTRAINT programs_status_check CHECK (status IN ('active', 'inactive')),
        ADD CONSTRAINT programs_price_check CHECK (price_per_session >= 0),
        ADD CONSTRAINT programs_session_minutes_check
          CHECK (session_minutes IS NULL OR session_minutes > 0),
        ADD CONSTRAINT programs_duration_hours_check
          CHECK (duration_hours IS NULL OR duration_hours > 0),
        ADD CONSTRAINT programs_max_students_check
          CHECK (max_students IS NULL OR max_students >= 1)
    `)
    this.schema.raw(
      'CREATE INDEX programs_name_trgm_index ON programs USING gin (name gin_trgm_ops)'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
