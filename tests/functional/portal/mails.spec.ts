import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { appUrl, listeningUrl } from '#config/app'
import { createBooking } from '#actions/bookings/create_booking'
import { transitionTrainingSession } from '#actions/schedule/transition_training_session'
import { approveMember } from '#actions/members/change_member_status'
import SessionCancelledNotification from '#mails/session_cancelled_notification'
import MemberApprovedNotification from '#mails/member_approved_notification'
import { givePackage, makeMember, makeSession, makeUser } from '../club/fixtures.js'

test.group('Portal | mails', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the cancellation mail gives the coach’s reason in {locale}')
    .with([
      { locale: 'id' as const, line: 'Alasan dari pelatih: Kolam sedang diperbaiki' },
      { locale: 'en' as const, line: "The coach's reason: Kolam sedang diperbaiki" },
    ])
    .run(async ({ assert }, { locale, line }) => {
      const admin = await makeUser('admin')
      const session = await makeSession({ capacity: 5 })
      const parent = await makeUser('member', { locale })
      const child = await makeMember(parent)
      await givePackage(child, 2)
      await createBooking({ actor: parent, trainingSessionId: session.id, memberId: child.id })

      const { mails } = mail.fake()
      await transitionTrainingSession(session.id, 'cancel', {
        actorId: admin.id,
        reason: 'Kolam sedang diperbaiki',
      })
      let checked = false
      mails.assertQueued(SessionCancelledNotification, ({ message }) => {
        message.assertHtmlIncludes(line.replace("'", '&#x27;'))
        message.assertTextIncludes(line)
        message.assertHtmlIncludes(`${appUrl}/parent/bookings`)
        checked = true
        return true
      })
      assert.isTrue(checked)
    })

  test('without a reason the mail has no empty reason line', async ({ assert }) => {
    const admin = await makeUser('admin')
    const session = await makeSession({ capacity: 5 })
    const parent = await makeUser()
    const child = await makeMember(parent)
    await givePackage(child, 2)
    await createBooking({ actor: parent, trainingSessionId: session.id, memberId: child.id })

    const { mails } = mail.fake()
    await transitionTrainingSession(session.id, 'cancel', { actorId: admin.id })
    mails.assertQueued(SessionCancelledNotification, ({ message }) => {
      assert.notInclude(String(message.toJSON().message.text ?? ''), 'Alasan')
      return true
    })
  })

  test('mail links are absolute, on the app’s address', async () => {
    const admin = await makeUser('admin')
    const parent = await makeUser()
    const child = await makeMember(parent, { status: 'pending' })
    const { mails } = mail.fake()
    await approveMember(child.id, admin)
    mails.assertQueued(MemberApprovedNotification, ({ message }) => {
      message.assertHtmlIncludes(`href="${appUrl}/parent/children"`)
      message.assertTextIncludes(`${appUrl}/parent/children`)
      return true
    })
  })

  test('without APP_URL the address is where the server listens', ({ assert }) => {
    assert.equal(listeningUrl('localhost', 3405), 'http://localhost:3405')
    assert.equal(listeningUrl('0.0.0.0', 8080), 'http://localhost:8080')
    assert.equal(listeningUrl('latih.lan', 80), 'http://latih.lan:80')
    assert.equal(listeningUrl(undefined, undefined), 'http://localhost:3333')
  })
})
