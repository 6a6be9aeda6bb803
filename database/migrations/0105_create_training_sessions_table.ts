import { BaseSchema } from '@adonisjs/lucid/schema'
import { timezone } from '#config/app'

/**
 * Training sessions of every kind: group training, online coaching and a
 * coach's bookable mentoring slot.
 *
 * The database itself guarantees what must never happen, so that racing
 * requests cannot both win:
 * - a coach, or a room, never holds two overlapping non-cancelled sessions
 *   (exclusion constraints over tstzrange; [) bounds, so back-to-back is fine);
 * - a coach has at most one non-cancelled session per named slot and local
 *   date (the club's time zone at migration time);
 * - the end is after the start, capacity is at least one, seats taken never
 *   exceed capacity, an online session has a meeting URL.
 */
export default class extends BaseSchema {
  protected tableName = 'training_sessions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.text('kind').notNullable().defaultTo('training')
      table.string('title', 160).notNullable()
      table.text('description').nullable()
      table.uuid('program_id').nullable().references('id').inTable('programs').onDelete('RESTRICT')
      table.uuid('coach_id').notNullable().references('id').inTable('users').onDelete('RESTRICT')
      table.uuid('room_id').nullable().references('id').inTable('rooms').onDelete('RESTRICT')
      table
        .uuid('session_time_id')
        .nullable()
        .references('id')
        .inTable('session_times')
        .onDelete('SET NULL')
      table
        .uuid('series_id')
        .nullable()
        .references('id')
        .inTable('session_series')
        .onDelete('SET NULL')
      table.timestamp('starts_at', { useTz: true }).notNullable()
      table.timestamp('ends_at', { useTz: true }).notNullable()
      table.integer('capacity').notNullable()
      table.integer('booked_count').notNullable().defaultTo(0)
      table.text('status').notNullable().defaultTo('scheduled')
      table.text('delivery').notNullable().defaultTo('onsite')
      table.string('location', 255).nullable()
      table.string('meeting_url', 2048).nullable()
      table.string('meeting_platform', 40).nullable()
      table.string('meeting_password', 120).nullable()
      table.text('audience').notNullable().defaultTo('public')
      table.string('classification', 80).nullable()
      table.string('stage', 80).nullable()
      table.string('region', 120).nullable()
      table.boolean('waitlist_enabled').notNullable().defaultTo(false)
      table.timestamp('actual_started_at', { useTz: true }).nullable()
      table.timestamp('actual_ended_at', { useTz: true }).nullable()
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.string('cancellation_reason', 500).nullable()
      table.uuid('created_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['starts_at'])
      table.index(['status', 'starts_at'])
      table.index(['coach_id', 'starts_at'])
      table.index(['program_id', 'starts_at'])
      table.index(['room_id', 'starts_at'])
      table.index(['series_id'])
    })

    this.schema.raw(`
      ALTER TABLE training_sessions
        ADD CONSTRAINT training_sessions_kind_check
          CHECK (kind IN ('training', 'coaching', 'mentoring')),
        ADD CONSTRAINT training_sessions_status_check
          CHECK (status IN ('scheduled', 'open', 'closed', 'ongoing', 'completed', 'cancelled')),
        ADD CONSTRAINT training_sessions_delivery_check CHECK (delivery IN ('onsite', 'online')),
        ADD CONSTRAINT training_sessions_audience_check
          CHECK (audience IN ('public', 'members', 'invited')),
        ADD CONSTRAINT training_sessions_range_check CHECK (ends_at > starts_at),
        ADD CONSTRAINT training_sessions_capacity_check CHECK (capacity >= 1),
        ADD CONSTRAINT training_sessions_booked_count_check
          CHECK (booked_count >= 0 AND booked_count <= capacity),
        ADD CONSTRAINT training_sessions_online_check
          CHECK (delivery <> 'online' OR meeting_url IS NOT NULL),
        ADD CONSTRAINT training_sessions_coach_no_overlap
          EXCLUDE USING gist (coach_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
          WHERE (status <> 'cancelled'),
        ADD CONSTRAINT training_sessions_room_no_overlap
          EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
          WHERE (status <> 'cancelled' AND room_id IS NOT NULL)
    `)

    this.schema.raw(`
      CREATE UNIQUE INDEX training_sessions_coach_slot_date_unique
      ON training_sessions (coach_id, session_time_id, ((starts_at AT TIME ZONE '${timezone.replace(/'/g, "''")}')::date))
      WHERE status <> 'cancelled' AND session_time_id IS NOT NULL
    `)
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
