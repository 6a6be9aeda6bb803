import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Marks member packages past their end date as expired. Safe to run as
 * often as wanted (a cron job at midnight, club time): a second run
 * changes nothing.
 */
export default class PackagesExpire extends BaseCommand {
  static commandName = 'packages:expire'
  static description = 'Mark member packages past their end date as expired'

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.string({
    description: 'Treat this date (YYYY-MM-DD) as today instead of the club\u2019s today',
  })
  declare today?: string

  async run() {
    const { expireMemberPackages } = await import('#actions/packages/expire_member_packages')
    if (this.today && !/^\d{4}-\d{2}-\d{2}$/.test(this.today)) {
      this.logger.error('--today must be a date like 2026-03-01')
      this.exitCode = 1
      return
    }
    const { expired } = await expireMemberPackages(this.today)
    this.logger.success(
      expired === 0
        ? 'No member package to expire'
        : `Expired ${expired} member package${expired === 1 ? '' : 's'}`
    )
  }
}
