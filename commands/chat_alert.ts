import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Mails staff about chats whose visitor has waited too long for an answer.
 * It runs every minute as the queue schedule `chat-alert` (jobs:schedule,
 * app/jobs/alert_unanswered_chats_job.ts), or from cron. Each wait is
 * alerted once, also when the command runs twice or on two machines at
 * the same time.
 */
export default class ChatAlert extends BaseCommand {
  static commandName = 'chat:alert'
  static description = 'Mail staff about chats without a staff answer for N minutes'
  static help = [
    'Mail every active coach and admin about open chats whose visitor waits for an answer:',
    '  {{ binaryName }} chat:alert --minutes=10',
    '',
    '--minutes defaults to CHAT_UNANSWERED_MINUTES (10). Running it again sends nothing twice.',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.number({ description: 'Minutes without a staff answer (default CHAT_UNANSWERED_MINUTES)' })
  declare minutes?: number

  async run() {
    const { alertUnansweredChats, CHAT_UNANSWERED_MINUTES } =
      await import('#actions/chat/alert_unanswered_chats')
    const minutes = this.minutes ?? CHAT_UNANSWERED_MINUTES
    if (!Number.isInteger(minutes) || minutes < 1) {
      this.logger.error(`--minutes=${this.minutes} must be a whole number of minutes, at least 1`)
      this.exitCode = 1
      return
    }
    const { alerted } = await alertUnansweredChats({ minutes })
    this.logger.success(`Alerted staff about ${alerted} chat${alerted === 1 ? '' : 's'}`)
  }
}
