import logger from '@adonisjs/core/services/logger'
import transmit from '@adonisjs/transmit/services/main'
import type BookingCreated from '#events/booking_created'
import type BookingPromoted from '#events/booking_promoted'
import type BookingCancelled from '#events/booking_cancelled'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import BookingConfirmedNotification from '#mails/booking_confirmed_notification'
import WaitlistPromotedNotification from '#mails/waitlist_promoted_notification'
import SessionCancelledNotification from '#mails/session_cancelled_notification'
import type BookingMail from '#mails/booking_mail'
import { notifyParent, type NotificationType } from '#services/notify_parent'
import { SESSIONS_CHANNEL, sessionChannel } from '#listeners/broadcast_training_session'

type MailClass = new (
  ...args: ConstructorParameters<typeof BookingConfirmedNotification>
) => BookingMail

/**
 * Booking events fan out to the parent (a stored notification, users/<id>:
 * booked, waitlisted, promoted, session cancelled; and a mail) and to the session's channel
 * and the public schedule (training-sessions/<id> and training-sessions:
 * seats left, no names: those channels are public).
 */
export default class NotifyBooking {
  async created(event: BookingCreated) {
    const booking = await this.load(event.booking)
    const type = booking.status === 'waitlisted' ? 'booking_waitlisted' : 'booking_confirmed'
    await this.seats(booking.trainingSession)
    await this.notify(booking, type, BookingConfirmedNotification)
  }

  async promoted(event: BookingPromoted) {
    const booking = await this.load(event.booking)
    await this.seats(booking.trainingSession)
    await this.notify(booking, 'waitlist_promoted', WaitlistPromotedNotification)
  }

  async cancelled(event: BookingCancelled) {
    const booking = await this.load(event.booking)
    await this.seats(booking.trainingSession)
    // A parent who cancels knows it already; they hear only of the club's cancellations
    if (booking.trainingSession.status === 'cancelled') {
      await this.notify(booking, 'session_cancelled', SessionCancelledNotification)
    }
  }

  /**
   * The event's booking with its member and a fresh copy of its session
   */
  private async load(booking: Booking) {
    if (!booking.$preloaded.member) {
      await booking.load('member')
    }
    const session = await TrainingSession.find(booking.trainingSessionId)
    if (session) {
      booking.$setRelated('trainingSession', session)
    }
    return booking
  }

  private async notify(booking: Booking, type: NotificationType, MailClass: MailClass) {
    const member = booking.member
    const session = booking.trainingSession
    await notifyParent(
      member.accountId,
      {
        type,
        params: {
          member: member.name,
          session: session.title,
          position: booking.waitlistPosition ?? 0,
        },
        data: {
          member_id: member.id,
          booking_id: booking.id,
          training_session_id: session.id,
        },
        extra: {
          booking_id: booking.id,
          booking_status: booking.status,
          waitlist_position: booking.waitlistPosition,
          member_id: member.id,
          member_name: member.name,
          training_session_id: session.id,
          session_title: session.title,
          starts_at: session.startsAt.toUTC().toISO(),
        },
      },
      (parent) => new MailClass(parent, booking, member, session)
    )
  }

  private async seats(session: TrainingSession | undefined) {
    if (!session) {
      return
    }
    try {
      const waitlisted = await Booking.query()
        .where('training_session_id', session.id)
        .where('status', 'waitlisted')
        .count('* as total')
        .first()
      const payload = {
        type: 'seats_changed',
        event: 'seats_changed',
        session: {
          id: session.id,
          capacity: session.capacity,
          booked_count: session.bookedCount,
          seats_left: Math.max(0, session.capacity - session.bookedCount),
          waitlist_count: Number(waitlisted?.$extras.total ?? 0),
        },
      }
      transmit.broadcast(SESSIONS_CHANNEL, payload)
      transmit.broadcast(sessionChannel(session.id), payload)
    } catch (error) {
      logger.error({ err: error, sessionId: session.id }, 'seat broadcast failed')
    }
  }
}
