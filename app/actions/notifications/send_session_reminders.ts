import { DateTime } from 'luxon'
import i18nManager from '@adonisjs/i18n/services/main'
import { timezone } from '#config/app'
import Booking from '#models/booking'
import SessionReminderNotification from '#mails/session_reminder_notification'
import { notifyParent } from '#services/notify_parent'
import { transaction } from '#services/transaction'

export interface SessionRemindersInput {
  /**
   * Remind of sessions starting within this many minutes from `now`
   */
  withinMinutes: number
  now?: DateTime
}

/**
 * The reminder kind a window stands for: one reminder per booking and
 * window, whatever the spelling of --within (24h and 1440m are one kind)
 */
export const reminderKind = (withinMinutes: number) => `${withinMinutes}m`

/**
 * Reminds the parents of confirmed bookings of sessions that start within
 * the window (not cancelled, not over) by a stored notification, a live
 * message on users/<id> and a mail. Each booking is claimed by inserting
 * its session_reminders row with ON CONFLICT DO NOTHING in the transaction
 * that picks the bookings: a second run, also one racing on another
 * machine, claims nothing and sends nothing.
 */
export async function sendSessionReminders({
  withinMinutes,
  now = DateTime.now(),
}: SessionRemindersInput) {
  const kind = reminderKind(withinMinutes)
  const until = now.plus({ minutes: withinMinutes })

  const claimed = await transaction(async (trx) => {
    const result = await trx.rawQuery(
      `INSERT INTO session_reminders (booking_id, kind, sent_at)
       SELECT bookings.id, ?, now()
         FROM bookings
         JOIN training_sessions ON training_sessions.id = bookings.training_session_id
         JOIN members ON members.id = bookings.member_id
        WHERE bookings.status = 'confirmed'
          AND training_sessions.status IN ('scheduled', 'open', 'closed')
          AND training_sessions.starts_at > ?
          AND training_sessions.starts_at <= ?
          AND members.account_id IS NOT NULL
       ON CONFLICT (booking_id, kind) DO NOTHING
       RETURNING booking_id`,
      [kind, now.toJSDate(), until.toJSDate()]
    )
    return (result.rows as { booking_id: string }[]).map((row) => row.booking_id)
  })

  if (!claimed.length) {
    return { sent: 0 }
  }

  const bookings = await Booking.query()
    .whereIn('id', claimed)
    .preload('member', (member) => member.preload('account'))
    .preload('trainingSession')
  for (const booking of bookings) {
    const { member, trainingSession: session } = booking
    await notifyParent(
      member.accountId,
      {
        type: 'session_reminder',
        params: {
          member: member.name,
          session: session.title,
          ...localWhen(session.startsAt, member.account?.locale),
        },
        data: {
          member_id: member.id,
          booking_id: booking.id,
          training_session_id: session.id,
        },
        extra: {
          booking_id: booking.id,
          member_id: member.id,
          member_name: member.name,
          training_session_id: session.id,
          session_title: session.title,
          starts_at: session.startsAt.toUTC().toISO(),
        },
      },
      (parent) => new SessionReminderNotification(parent, booking, member, session)
    )
  }
  return { sent: bookings.length }
}

/**
 * The session's local date and time in the parent's language, kept in the
 * notification's text
 */
function localWhen(startsAt: DateTime, locale: string | undefined) {
  const language = i18nManager.getSupportedLocaleFor([locale ?? '']) ?? i18nManager.defaultLocale
  const local = startsAt.setZone(timezone).setLocale(language)
  return { date: local.toFormat('cccc d LLLL yyyy'), time: local.toFormat('HH:mm') }
}
