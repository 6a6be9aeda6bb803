import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A guardian with an account hears about their enrollments in the portal
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('member_approved', 'member_rejected', 'booking_confirmed',
          'booking_waitlisted', 'waitlist_promoted', 'session_cancelled', 'session_reminder',
          'enrollment_created', 'enrollment_approved', 'enrollment_rejected',
          'enrollment_cancelled'));
    `)
  }

  async down() {
    this.schema.raw(`
      DELETE FROM notifications WHERE type LIKE 'enrollment\\_%';
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('member_approved', 'member_rejected', 'booking_confirmed',
          'booking_waitlisted', 'waitlist_promoted', 'session_cancelled', 'session_reminder'));
    `)
  }
}
