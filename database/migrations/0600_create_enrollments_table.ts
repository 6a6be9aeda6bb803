import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The public enrollment form (DESIGN.md §4 rule 9, seed 004 §5): a
 * guardian applies for a child in a program; an admin approves, rejects,
 * or the application is cancelled. Registration numbers REG-YYYY-MM-NNN
 * come from one counter row per month (enrollment_counters), taken in the
 * same transaction as the insert, so they are unique and gap-free.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('enrollment_counters', (table) => {
      table.string('period', 7).primary()
      table.integer('last_number').notNullable().defaultTo(0)
    })

    this.schema.createTable('enrollments', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('registration_number', 32).notNullable().unique()
      table.uuid('program_id').notNullable().references('id').inTable('programs')
      table.uuid('member_id').nullable().references('id').inTable('members').onDelete('SET NULL')
      table.uuid('account_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.text('status').notNullable().defaultTo('pending')

      table.string('child_name', 120).notNullable()
      table.date('child_date_of_birth').nullable()
      table.string('school', 160).nullable()
      table.string('grade', 40).nullable()
      table.string('guardian_name', 120).notNullable()
      table.specificType('guardian_email', 'citext').notNullable()
      table.string('guardian_phone', 20).notNullable()
      table.string('locale', 5).notNullable().defaultTo('id')

      table.text('experience_level').nullable()
      table.specificType('preferred_days', 'text[]').notNullable().defaultTo('{}')
      table.string('preferred_time_start', 5).nullable()
      table.string('preferred_time_end', 5).nullable()
      table.date('start_date_target').nullable()
      table.boolean('instrument_owned').nullable()
      table.string('referral_source', 60).nullable()
      table.text('notes').nullable()

      table.text('consent_text').notNullable()
      table.timestamp('consent_at', { useTz: true }).notNullable()

      table.uuid('decided_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('decided_at', { useTz: true }).nullable()
      table.text('reason').nullable()
      table.uuid('cancelled_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('cancelled_at', { useTz: true }).nullable()

      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['status', 'created_at'])
      table.index(['program_id', 'status'])
      table.index(['account_id'])
    })

    this.schema.raw(`
      ALTER TABLE enrollments
        ADD CONSTRAINT enrollments_status_check
          CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
        ADD CONSTRAINT enrollments_experience_level_check
          CHECK (experience_level IS NULL
            OR experience_level IN ('beginner', 'intermediate', 'advanced')),
        ADD CONSTRAINT enrollments_registration_number_check
          CHECK (registration_number ~ '^REG-[0-9]{4}-[0-9]{2}-[0-9]{3,}$'),
        ADD CONSTRAINT enrollments_child_name_check CHECK (length(btrim(child_name)) > 0)
    `)
    /**
     * One live (pending or approved) application per person and program,
     * also when two submissions race
     */
    this.schema.raw(`
      CREATE UNIQUE INDEX enrollments_one_live_per_person
        ON enrollments (program_id, guardian_email, lower(btrim(child_name)))
        WHERE status IN ('pending', 'approved')
    `)
  }

  async down() {
    this.schema.dropTable('enrollments')
    this.schema.dropTable('enrollment_counters')
  }
}
