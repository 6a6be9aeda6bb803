import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Indexes the lists need to stay flat as the schedule grows
 * (docs/performance.md):
 * - what visitors and members see (scheduled or open) in start order, with
 *   the end and audience in the index, so the list and its capped count
 *   read the index only;
 * - every session in (starts_at, id) order for staff and cursor paging;
 * - trigram search over session titles and people's names (program names
 *   already have one).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE INDEX training_sessions_visible_starts_index
        ON training_sessions (starts_at, id) INCLUDE (ends_at, audience)
        WHERE status IN ('scheduled', 'open')
    `)
    this.schema.raw(
      'CREATE INDEX training_sessions_starts_at_id_index ON training_sessions (starts_at, id)'
    )
    this.schema.raw(
      'CREATE INDEX training_sessions_title_trgm_index ON training_sessions USING gin (title gin_trgm_ops)'
    )
    this.schema.raw('CREATE INDEX users_name_trgm_index ON users USING gin (name gin_trgm_ops)')
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS users_name_trgm_index')
    this.schema.raw('DROP INDEX IF EXISTS training_sessions_title_trgm_index')
    this.schema.raw('DROP INDEX IF EXISTS training_sessions_starts_at_id_index')
    this.schema.raw('DROP INDEX IF EXISTS training_sessions_visible_starts_index')
  }
}
