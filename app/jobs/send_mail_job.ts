import mail from '@adonisjs/mail/services/main'
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import type { MailersList } from '@adonisjs/mail/types'

export interface SendMailPayload {
  mailer: keyof MailersList
  mail: { message: any; views: any }
  sendConfig?: unknown
}

/**
 * One mail queued with `mail.sendLater` (start/mail.ts hands it here):
 * compiled when queued, sent by a worker, retried with a growing pause
 * when the mail server refuses (config/queue.ts)
 */
export default class SendMailJob extends Job<SendMailPayload> {
  static options: JobOptions = {
    name: 'SendMailJob',
    queue: 'default',
    maxRetries: 8,
    removeOnFail: { age: '30d' },
  }

  async execute() {
    await mail.use(this.payload.mailer).sendCompiled(this.payload.mail, this.payload.sendConfig)
  }
}
