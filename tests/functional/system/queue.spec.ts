import { readdir, readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import { QueueManager } from '@adonisjs/queue'
import SendMailJob from '#jobs/send_mail_job'
import { BaseMail } from '@adonisjs/mail'
import { mailDirectory } from '#services/file_mail_transport'
import { RECURRING } from '../../../commands/jobs_schedule.js'
import { uniqueEmail } from '#tests/fixtures'

class Hello extends BaseMail {
  constructor(private to: string) {
    super()
  }
  prepare() {
    this.message.to(this.to).from('no-reply@latih.local').subject(`Halo ${this.to}`).text('Halo')
  }
}

async function mailsTo(address: string) {
  const files = await readdir(mailDirectory()).catch(() => [] as string[])
  const bodies = await Promise.all(
    files.map((file) => readFile(`${mailDirectory()}/${file}`, 'utf8'))
  )
  return bodies.filter((body) => body.includes(address))
}

test.group('Durable background work', () => {
  test('mail.sendLater queues a SendMailJob with the compiled mail', async ({
    assert,
    cleanup,
  }) => {
    const fake = QueueManager.fake()
    cleanup(() => QueueManager.restore())
    const to = uniqueEmail('queued')

    await mail.sendLater(new Hello(to))

    fake.assertPushed(SendMailJob, {
      payload: (payload: any) =>
        payload.mailer === 'file' && payload.mail.message.subject === `Halo ${to}`,
    })
    assert.lengthOf(await mailsTo(to), 0)
  })

  test('the job sends it through the mailer', async ({ assert }) => {
    const to = uniqueEmail('sent')

    // tests run the queue's sync driver: the job runs at once
    await mail.sendLater(new Hello(to))

    assert.lengthOf(await mailsTo(to), 1)
  })

  test('every recurring chore has a fixed id, so it is stored once', ({ assert }) => {
    assert.deepEqual(
      RECURRING.map((entry) => entry.id),
      ['sessions-remind-24h', 'packages-expire', 'tokens-prune', 'chat-alert']
    )
  })
})
