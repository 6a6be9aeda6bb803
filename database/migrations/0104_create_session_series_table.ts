import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The rule a recurring batch of training sessions was generated from:
 * ISO weekdays (1 = Monday … 7 = Sunday), a local start/end time in an IANA
 * time zone and a date range. Local times are kept, not instants, so every
 * occurrence starts at the same wall-clock time whatever the zone's
 * calendar does.
 */
export default class extends BaseSchema {
  protected tableName = 'session_series'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.text('kind').notNullable().defaultTo('training')
      table.string('title', 160).notNullable()
      table.uuid('program_id').nullable().references('id').inTable('programs').onDelete('RESTRICT')
      table.uuid('coach_id').notNullable().references('id').inTable('users').onDelete('RESTRICT')
      table.uuid('room_id').nullable().references('id').inTable('rooms').onDelete('RESTRICT')
      table
        .uuid('session_time_id')
        .nullable()
        .references('id')
        .inTable('session_times')
        .onDelete('SET NULL')
      table.specificType('weekdays', 'smallint[]').notNullable()
      table.time('start_time').notNullable()
      table.time('end_time').notNullable()
      table.date('starts_on').notNullable()
      table.date('ends_on').notNullable()
      table.string('timezone', 64).notNullable()
      table.integer('capacity').notNullable()
      table.text('delivery').notNullable().defaultTo('onsite')
      table.string('location', 255).nullable()
      table.string('meeting_url', 2048).nullable()
      table.string('meeting_platform', 40).nullable()
      table.string('meeting_password', 120).nullable()
      table.text('audience').notNullable().defaultTo('public')
      table.boolean('waitlist_enabled').notNullable().defaultTo(false)
      table.text('status').notNullable().defaultTo('active')
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.uuid('created_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['coach_id'])
    })

    this.schema.raw(`
      ALTER TABLE session_series
        ADD CONSTRAINT session_series_kind_check
          CHECK (kind IN ('training', 'coaching', 'mentoring')),
        ADD CONSTRAINT session_series_weekdays_check
          CHECK (cardinality(weekdays) >= 1 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
        ADD CONSTRAINT session_series_time_check CHECK (end_time > start_time),
        ADD CONSTRAINT session_series_dates_check CHECK (ends_on >= starts_on),
        ADD CONSTRAINT session_series_capacity_check CHECK (capacity >= 1),
        ADD CONSTRAINT session_series_delivery_check CHECK (delivery IN ('onsite', 'online')),
        ADD CONSTRAINT session_series_online_check
          CHECK (delivery <> 'online' OR meeting_url IS NOT NULL),
        ADD CONSTRAINT session_series_audience_check
          CHECK (audience IN ('public', 'members', 'invited')),
        ADD CONSTRAINT session_series_status_check CHECK (status IN ('active', 'cancelled'))
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
