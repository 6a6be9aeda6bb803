import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A coach's public profile, one per account. Whatever path makes an account
 * a coach (admin screens, the CLI, a role change), the trigger gives it a
 * profile, so a coach never lacks one.
 */
export default class extends BaseSchema {
  protected tableName = 'coach_profiles'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('user_id')
        .notNullable()
        .unique()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.text('bio').nullable()
      table.string('specialization', 160).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.raw(`
      CREATE FUNCTION ensure_coach_profile() RETURNS trigger AS $$
      BEGIN
        IF NEW.role = 'coach' THEN
          INSERT INTO coach_profiles (user_id, created_at, updated_at)
          VALUES (NEW.id, now(), now())
          ON CONFLICT (user_id) DO NOTHING;
        END IF;
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw(`
      CREATE TRIGGER users_ensure_coach_profile
      AFTER INSERT OR UPDATE OF role ON users
      FOR EACH ROW EXECUTE FUNCTION ensure_coach_profile()
    `)
    this.schema.raw(`
      INSERT INTO coach_profiles (user_id, created_at, updated_at)
      SELECT id, now(), now() FROM users WHERE role = 'coach'
      ON CONFLICT (user_id) DO NOTHING
    `)
  }

  async down() {
    this.schema.raw('DROP TRIGGER IF EXISTS users_ensure_coach_profile ON users')
    this.schema.raw('DROP FUNCTION IF EXISTS ensure_coach_profile()')
    this.schema.dropTable(this.tableName)
  }
}
