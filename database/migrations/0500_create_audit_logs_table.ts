import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The audit trail (DESIGN.md: every staff write is logged): who changed
 * what, before and after, from where. Written by the Auditable model
 * mixin in the transaction of the change. Append-only: a trigger refuses
 * UPDATE and DELETE for every database role, and the actor is a copy (no
 * foreign key), so nothing elsewhere can rewrite a row.
 */
export default class extends BaseSchema {
  protected tableName = 'audit_logs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.uuid('actor_id').nullable()
      table.string('actor_name', 200).nullable()
      table.string('actor_role', 20).nullable()
      table
        .string('source', 20)
        .notNullable()
        .checkIn(['http', 'console', 'system'], 'audit_logs_source_check')
      table
        .string('action', 20)
        .notNullable()
        .checkIn(['create', 'update', 'delete'], 'audit_logs_action_check')
      table.string('subject_type', 60).notNullable()
      table.string('subject_id', 64).notNullable()
      table.jsonb('changes').notNullable().defaultTo('{}')
      table.string('ip', 64).nullable()
      table.string('request_id', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())

      table.index(['subject_type', 'subject_id', 'created_at'])
      table.index(['actor_id', 'created_at'])
      table.index(['created_at'])
    })

    this.schema.raw(`
      CREATE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'insufficient_privilege';
      END
      $$;
      CREATE TRIGGER audit_logs_append_only
        BEFORE UPDATE OR DELETE ON audit_logs
        FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only();
    `)
  }

  async down() {
    this.schema.raw('DROP TRIGGER IF EXISTS audit_logs_append_only ON audit_logs')
    this.schema.raw('DROP FUNCTION IF EXISTS audit_logs_append_only()')
    this.schema.dropTable(this.tableName)
  }
}
