import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What visitors read (the front page, the schedule and its seats, programs,
 * coaches, news, achievements, the club) is cached by every app instance
 * (app/services/public_cache.ts). A write to a table it comes from sends
 * NOTIFY latih_public with the table's name, and PostgreSQL delivers it to
 * every listening instance only when the writing transaction commits, so no
 * instance keeps serving what a committed write changed, whichever process
 * or raw statement made it. Statement-level: one notification per
 * statement, merged by PostgreSQL within a transaction.
 */
const TABLES: [table: string, columns?: string[]][] = [
  ['training_sessions'],
  ['programs'],
  ['rooms'],
  ['session_times'],
  ['session_series'],
  ['coach_profiles'],
  ['packages'],
  ['news'],
  ['achievements'],
  ['club_settings'],
  ['members', ['name']],
  // sign-ins write last_login_at: only what a visitor sees of a person counts
  ['users', ['name', 'role', 'status', 'email', 'phone', 'wa_number']],
]

export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE FUNCTION latih_notify_public_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('latih_public', TG_TABLE_NAME);
        RETURN NULL;
      END $$`)
    for (const [table, columns] of TABLES) {
      const update = columns ? `UPDATE OF ${columns.join(', ')}` : 'UPDATE'
      this.schema.raw(`
        CREATE TRIGGER ${table}_notify_public
        AFTER INSERT OR ${update} OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION latih_notify_public_change()`)
      this.schema.raw(`
        CREATE TRIGGER ${table}_notify_public_truncate
        AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION latih_notify_public_change()`)
    }
  }

  async down() {
    for (const [table] of TABLES) {
      this.schema.raw(`DROP TRIGGER IF EXISTS ${table}_notify_public ON ${table}`)
      this.schema.raw(`DROP TRIGGER IF EXISTS ${table}_notify_public_truncate ON ${table}`)
    }
    this.schema.raw('DROP FUNCTION IF EXISTS latih_notify_public_change()')
  }
}
