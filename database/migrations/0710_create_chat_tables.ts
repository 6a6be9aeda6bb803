import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The public live chat (seed 004 §6, DESIGN.md §4): a visitor starts a
 * chat session with a name and an email (or signed in, with their account)
 * and holds a chat token whose SHA-256 is kept here; staff answer from the
 * inbox. Messages are plain text (rendered escaped). `idempotency_key` is
 * unique per session, so a message replayed by a flaky connection is kept
 * once. `staff_read_at` / `visitor_read_at` are the read markers the unread
 * counts come from; `awaiting_since` is when the visitor's oldest message
 * without a staff answer arrived, `alerted_at` when staff were mailed
 * about it (once per wait).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('chat_sessions', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table.string('visitor_name', 120).notNullable()
      table.specificType('visitor_email', 'citext').notNullable()
      table.uuid('user_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('token_hash', 64).notNullable().unique()
      table.string('locale', 5).notNullable().defaultTo('id')
      table.text('status').notNullable().defaultTo('open')
      table.string('topic', 160).nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.boolean('resolved').notNullable().defaultTo(false)
      table.timestamp('last_message_at', { useTz: true }).nullable()
      table.timestamp('first_response_at', { useTz: true }).nullable()
      table.timestamp('staff_read_at', { useTz: true }).nullable()
      table.timestamp('visitor_read_at', { useTz: true }).nullable()
      table.timestamp('awaiting_since', { useTz: true }).nullable()
      table.timestamp('alerted_at', { useTz: true }).nullable()
      table.uuid('closed_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('closed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['status', 'last_message_at'])
      table.index(['user_id'])
    })
    this.schema.raw(`
      ALTER TABLE chat_sessions
        ADD CONSTRAINT chat_sessions_status_check CHECK (status IN ('open', 'closed'))
    `)

    this.schema.createTable('chat_messages', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('gen_random_uuid()'))
      table
        .uuid('chat_session_id')
        .notNullable()
        .references('id')
        .inTable('chat_sessions')
        .onDelete('CASCADE')
      table.text('role').notNullable()
      table.uuid('sender_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.text('body').notNullable()
      table.string('idempotency_key', 255).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()

      table.unique(['chat_session_id', 'idempotency_key'])
      table.index(['chat_session_id', 'created_at'])
      table.index(['created_at'])
    })
    this.schema.raw(`
      ALTER TABLE chat_messages
        ADD CONSTRAINT chat_messages_role_check CHECK (role IN ('user', 'assistant', 'system')),
        ADD CONSTRAINT chat_messages_body_length_check CHECK (char_length(body) BETWEEN 1 AND 4000)
    `)
  }

  async down() {
    this.schema.dropTable('chat_messages')
    this.schema.dropTable('chat_sessions')
  }
}
