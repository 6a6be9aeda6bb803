import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * An admin can turn a sign-up down: `rejected` joins the member statuses
 * (pending → rejected; restore takes it back to pending)
 */
export default class extends BaseSchema {
  protected tableName = 'members'

  async up() {
    this.schema.raw(`
      ALTER TABLE members
        DROP CONSTRAINT members_status_check,
        ADD CONSTRAINT members_status_check
          CHECK (status IN ('pending', 'active', 'inactive', 'rejected'))
    `)
  }

  async down() {
    this.schema.raw(`UPDATE members SET status = 'pending' WHERE status = 'rejected'`)
    this.schema.raw(`
      ALTER TABLE members
        DROP CONSTRAINT members_status_check,
        ADD CONSTRAINT members_status_check CHECK (status IN ('pending', 'active', 'inactive'))
    `)
  }
}
