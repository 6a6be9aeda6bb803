import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Rejects pending enrollments nobody decided within N days (default
 * ENROLLMENT_EXPIRE_DAYS, 14), telling each guardian why. Safe to run as
 * often as wanted (a daily cron job).
 */
export default class EnrollmentsExpire extends BaseCommand {
  static commandName = 'enrollments:expire'
  static description = 'Reject pending enrollments older than a number of days'

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.number({ description: 'Age in days after which a pending enrollment expires' })
  declare days?: number

  async run() {
    const { default: env } = await import('#start/env')
    const { expirePendingEnrollments } = await import('#actions/enrollments/expire_enrollments')
    const days = this.days ?? env.get('ENROLLMENT_EXPIRE_DAYS', 14)
    if (!Number.isInteger(days) || days < 1) {
      this.logger.error('--days must be a whole number of days, 1 or more')
      this.exitCode = 1
      return
    }
    const { expired } = await expirePendingEnrollments(days)
    this.logger.success(
      expired === 0
        ? 'No pending enrollment to expire'
        : `Expired ${expired} pending enrollment${expired === 1 ? '' : 's'}`
    )
  }
}
