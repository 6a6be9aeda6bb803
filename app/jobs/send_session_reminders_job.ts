import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { sendSessionReminders } from '#actions/notifications/send_session_reminders'

/**
 * `sessions:remind --within=24h` as a job: each booking is reminded once
 * per window however often (or wherever) it runs
 */
export default class SendSessionRemindersJob extends Job<{ withinMinutes: number }> {
  static options: JobOptions = { name: 'SendSessionRemindersJob', queue: 'default' }

  async execute() {
    await sendSessionReminders({ withinMinutes: this.payload.withinMinutes })
  }
}
