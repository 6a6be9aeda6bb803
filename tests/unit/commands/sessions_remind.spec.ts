import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import SessionReminderNotification from '#mails/session_reminder_notification'
import { sendSessionReminders } from '#actions/notifications/send_session_reminders'
import SessionsRemind, { parseWindow } from '../../../commands/sessions_remind.js'
import { createCoach, createMember, createParent, createSession } from '#tests/fixtures'
import { truncateAfterRace } from '#tests/functional/race_database'

function book(session: TrainingSession, member: Member, status: Booking['status'] = 'confirmed') {
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    status,
    waitlistPosition: status === 'waitlisted' ? 1 : null,
    bookedAt: DateTime.now(),
    confirmedAt: status === 'confirmed' ? DateTime.now() : null,
    cancelledAt: status === 'cancelled' ? DateTime.now() : null,
  })
}

const inHours = (hours: number) => DateTime.now().plus({ hours }).startOf('minute')

/**
 * Sessions inside and outside a 24-hour window, and bookings that must not
 * be reminded (waitlisted, cancelled, cancelled session)
 */
async function schedule() {
  const coach = await createCoach()
  const parent = await createParent({ locale: 'en' })
  const sari = await createMember(parent, { name: 'Sari' })
  const budi = await createMember(parent, { name: 'Budi' })
  const soon = await createSession({ coach, startsAt: inHours(3), title: 'Panahan Pagi' })
  const later = await createSession({ coach, startsAt: inHours(30), title: 'Lusa' })
  const cancelled = await createSession({
    coach,
    startsAt: inHours(5),
    title: 'Batal',
    status: 'cancelled',
  })
  const reminded = [await book(soon, sari), await book(soon, budi)]
  await book(later, sari)
  await book(cancelled, sari)
  const waitlisted = await createSession({ coach, startsAt: inHours(8), title: 'Penuh' })
  await book(waitlisted, sari, 'waitlisted')
  const parentCancelled = await createSession({ coach, startsAt: inHours(10), title: 'Tidak jadi' })
  await book(parentCancelled, sari, 'cancelled')
  return { parent, soon, reminded }
}

async function reminderNotifications() {
  return db.from('notifications').where('type', 'session_reminder').select('user_id', 'data')
}

test.group('sessions:remind', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })
  group.each.teardown(() => mail.restore())

  test('reminds each confirmed booking of a session within the window, once', async ({
    assert,
  }) => {
    const { mails } = mail.fake()
    const { parent, soon, reminded } = await schedule()
    const day = soon.startsAt.setZone(timezone).setLocale('en').toFormat('cccc d LLLL yyyy')

    const command = await ace.create(SessionsRemind, ['--within=24h'])
    await command.exec()
    command.assertSucceeded()
    command.assertLogMatches(/Sent 2 reminders/)

    const notifications = await reminderNotifications()
    assert.sameMembers(
      notifications.map((row) => row.data.booking_id),
      reminded.map((booking) => booking.id)
    )
    assert.isTrue(notifications.every((row) => row.user_id === parent.id))
    mails.assertQueuedCount(SessionReminderNotification, 2)
    mails.assertQueued(SessionReminderNotification, ({ message }) => {
      message.assertTo(parent.email)
      message.assertSubject(`Reminder: Panahan Pagi on ${day}`)
      return true
    })

    const again = await ace.create(SessionsRemind, ['--within=1440m'])
    await again.exec()
    again.assertLogMatches(/Sent 0 reminders/)
    assert.lengthOf(await reminderNotifications(), 2)
    mails.assertQueuedCount(SessionReminderNotification, 2)
  })

  test('a wider window is its own reminder', async ({ assert }) => {
    mail.fake()
    await schedule()
    assert.deepEqual(await sendSessionReminders({ withinMinutes: 24 * 60 }), { sent: 2 })
    assert.deepEqual(await sendSessionReminders({ withinMinutes: 2 * 24 * 60 }), { sent: 3 })
  })

  test('a window it cannot read is refused', async () => {
    const command = await ace.create(SessionsRemind, ['--within=tomorrow'])
    await command.exec()
    command.assertFailed()
    command.assertLogMatches(/--within=tomorrow is not a window/)
  })

  test('windows read in minutes', ({ assert }) => {
    assert.equal(parseWindow('24h'), 1440)
    assert.equal(parseWindow('90m'), 90)
    assert.equal(parseWindow('2d'), 2880)
    assert.isNull(parseWindow('0h'))
    assert.isNull(parseWindow('15d'))
    assert.isNull(parseWindow('24'))
  })
})

test.group('sessions:remind · two runs at once', (group) => {
  group.each.setup(truncateAfterRace)
  group.each.teardown(() => mail.restore())

  test('two concurrent runs send one reminder per booking', async ({ assert }) => {
    const { mails } = mail.fake()
    const { reminded } = await schedule()

    const runs = await Promise.all([
      sendSessionReminders({ withinMinutes: 24 * 60 }),
      sendSessionReminders({ withinMinutes: 24 * 60 }),
      sendSessionReminders({ withinMinutes: 24 * 60 }),
    ])
    assert.equal(
      runs.reduce((total, run) => total + run.sent, 0),
      reminded.length
    )
    const notifications = await reminderNotifications()
    assert.sameMembers(
      notifications.map((row) => row.data.booking_id),
      reminded.map((booking) => booking.id)
    )
    mails.assertQueuedCount(SessionReminderNotification, reminded.length)
  })
})
