/*
|--------------------------------------------------------------------------
| Mail goes through the durable queue
|--------------------------------------------------------------------------
|
| Every `mail.sendLater(...)` (app/services/notify_parent.ts,
| app/listeners/notify_enrollment.ts …) becomes a SendMailJob
| (config/queue.ts): in PostgreSQL in production, so a mail queued by an
| instance that dies is still sent by a worker, and retried when the mail
| server refuses it. `mail.fake()` in tests bypasses this as before.
|
*/

import mail from '@adonisjs/mail/services/main'
import SendMailJob from '#jobs/send_mail_job'

mail.setMessenger((mailer) => ({
  async queue(compiled, sendConfig) {
    await SendMailJob.dispatch({
      mailer: mailer.name as never,
      mail: JSON.parse(JSON.stringify(compiled)),
      sendConfig,
    })
  },
}))
