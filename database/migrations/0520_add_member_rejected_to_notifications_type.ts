import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A rejected sign-up is told to the parent like an approval
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('member_approved', 'member_rejected', 'booking_confirmed',
          'booking_waitlisted', 'waitlist_promoted', 'session_cancelled'));
    `)
  }

  async down() {
    this.schema.raw(`
      DELETE FROM notifications WHERE type = 'member_rejected';
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('member_approved', 'booking_confirmed', 'booking_waitlisted',
          'waitlist_promoted', 'session_cancelled'));
    `)
  }
}
