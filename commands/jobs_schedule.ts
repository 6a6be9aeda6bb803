import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * The club's recurring chores as schedules of the durable queue. They are
 * stored in the queue (one row each, by a fixed id), so running this again,
 * or on every machine, changes nothing: a deployment has each schedule
 * once, and one worker takes each run (`node ace queue:work`).
 */
export const RECURRING = [
  { id: 'sessions-remind-24h', cron: '5 * * * *', what: 'sessions:remind --within=24h, hourly' },
  { id: 'packages-expire', cron: '10 0 * * *', what: 'packages:expire, daily 00:10 club time' },
  { id: 'tokens-prune', cron: '30 3 * * *', what: 'tokens:prune, daily 03:30 club time' },
  { id: 'chat-alert', cron: '* * * * *', what: 'chat:alert, every minute' },
] as const

export default class JobsSchedule extends BaseCommand {
  static commandName = 'jobs:schedule'
  static description =
    'Store the recurring jobs (reminders, package expiry, token pruning, chat alerts) once'

  static options: CommandOptions = {
    startApp: true,
  }

  async run() {
    const driver = this.app.config.get<string>('queue.default')
    if (driver === 'sync') {
      this.logger.error(
        'The sync queue driver keeps no schedules: run this with QUEUE_DRIVER=database (the production default)'
      )
      this.exitCode = 1
      return
    }
    const { timezone } = await import('#config/app')
    const { default: SendSessionRemindersJob } = await import('#jobs/send_session_reminders_job')
    const { default: ExpirePackagesJob } = await import('#jobs/expire_packages_job')
    const { default: PruneTokensJob } = await import('#jobs/prune_tokens_job')
    const { default: AlertUnansweredChatsJob } = await import('#jobs/alert_unanswered_chats_job')
    const [remind, expire, prune, chatAlert] = RECURRING

    await SendSessionRemindersJob.schedule({ withinMinutes: 24 * 60 })
      .id(remind.id)
      .cron(remind.cron)
      .timezone(timezone)
    await ExpirePackagesJob.schedule({}).id(expire.id).cron(expire.cron).timezone(timezone)
    await PruneTokensJob.schedule({}).id(prune.id).cron(prune.cron).timezone(timezone)
    await AlertUnansweredChatsJob.schedule({})
      .id(chatAlert.id)
      .cron(chatAlert.cron)
      .timezone(timezone)

    for (const entry of RECURRING) {
      this.logger.success(`${entry.id}: ${entry.what}`)
    }
  }
}
