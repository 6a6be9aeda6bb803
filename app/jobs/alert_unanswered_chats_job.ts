import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { alertUnansweredChats } from '#actions/chat/alert_unanswered_chats'

/**
 * `chat:alert` as a job: staff are mailed about each visitor's wait once
 * however often (or wherever) it runs; the wait is CHAT_UNANSWERED_MINUTES
 */
export default class AlertUnansweredChatsJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'AlertUnansweredChatsJob', queue: 'default' }

  async execute() {
    await alertUnansweredChats()
  }
}
