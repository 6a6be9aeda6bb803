import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * sessions:remind tells the parent that a booked session starts soon
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('member_approved', 'member_rejected', 'booking_confirmed',
          'booking_waitlisted', 'waitlist_promoted', 'session_cancelled', 'session_reminder'));
    `)
  }

  async down() {
    this.schema.raw(`
      DELETE FROM notifications WHERE type = 'session_reminder';
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('member_approved', 'member_rejected', 'booking_confirmed',
          'booking_waitlisted', 'waitlist_promoted', 'session_cancelled'));
    `)
  }
}
