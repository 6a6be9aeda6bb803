import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Extensions Latih relies on: case-insensitive emails, exclusion constraints
 * on ranges, UUIDs and trigram search.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS citext')
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS btree_gist')
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pgcrypto')
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')
  }

  async down() {}
}
