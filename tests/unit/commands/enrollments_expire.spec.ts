import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import Enrollment from '#models/enrollment'
import EnrollmentNotification from '#mails/enrollment_notification'
import { createEnrollment } from '#actions/enrollments/create_enrollment'
import { ProgramFactory } from '#database/factories/program_factory'
import EnrollmentsExpire from '../../../commands/enrollments_expire.js'

async function pendingSince(days: number, locale: 'id' | 'en' = 'id') {
  const program = await ProgramFactory.create()
  const enrollment = await createEnrollment({
    programId: program.id,
    childName: `Anak ${days}`,
    guardianName: 'Ibu Rina',
    email: `wali.${days}.${Date.now()}@example.com`,
    waNumber: '+6281234567890',
    consentText: 'Saya setuju',
    locale,
  })
  await Enrollment.query()
    .where('id', enrollment.id)
    .update({ created_at: DateTime.now().minus({ days }).toJSDate() })
  return enrollment
}

test.group('enrollments:expire', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    mail.fake()
    return () => {
      ace.ui.switchMode('normal')
      mail.restore()
    }
  })

  test('rejects pending enrollments older than --days and tells the guardian why', async ({
    assert,
  }) => {
    const { mails } = mail.fake()
    const old = await pendingSince(20, 'en')
    const recent = await pendingSince(3)

    const command = await ace.create(EnrollmentsExpire, ['--days=14'])
    await command.exec()
    command.assertSucceeded()
    command.assertLogMatches(/Expired 1 pending enrollment$/)

    await old.refresh()
    await recent.refresh()
    assert.equal(old.status, 'rejected')
    assert.isNull(old.decidedBy)
    assert.include(old.reason!, '14 days')
    assert.equal(recent.status, 'pending')
    mails.assertQueued(EnrollmentNotification, (sent) => sent.kind === 'rejected')

    const again = await ace.create(EnrollmentsExpire, ['--days=14'])
    await again.exec()
    again.assertLogMatches(/No pending enrollment to expire/)
  })

  test('refuses a bad --days', async () => {
    const command = await ace.create(EnrollmentsExpire, ['--days=0'])
    await command.exec()
    command.assertFailed()
  })
})
