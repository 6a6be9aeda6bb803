import { transaction } from '#services/transaction'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import Member from '#models/member'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import BookingCreated from '#events/booking_created'
import { takeCredit } from '#actions/bookings/credit'
import { lockSession, takeSeat } from '#actions/bookings/seats'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

export interface CreateBookingInput {
  actor: User
  trainingSessionId: string
  memberId: string
  /**
   * Pay with this package; by default the member's usable package that
   * ends soonest
   */
  memberPackageId?: string | null
  notes?: string | null
}

export interface BookingOutcome {
  booking: Booking
  /**
   * Credits left on the package after this booking (null when the session
   * needs no credit)
   */
  remainingSessions: number | null
}

function isLiveDuplicate(error: unknown) {
  const pgError = error as { code?: string; constraint?: string }
  return pgError?.code === '23505' && pgError.constraint === 'bookings_one_live_per_member'
}

/**
 * An invited session takes only its invited members (DESIGN.md §4 rule 6).
 * To the member's own parent the session stays hidden (404, as when they
 * look it up); staff, who see it, are told why.
 */
async function assertInvited(
  trx: TransactionClientContract,
  sessionId: string,
  member: Member,
  actor: User
) {
  const invitation = await trx
    .from('session_invitations')
    .where('training_session_id', sessionId)
    .where('member_id', member.id)
    .first()
  if (invitation) return
  if (actor.isStaff) {
    throw new DomainError('BOOKING_NOT_INVITED', { field: 'member_id' })
  }
  throw DomainError.notFound('training_session')
}

function duplicate(bookingId?: string) {
  return new DomainError('BOOKING_DUPLICATE', {
    data: bookingId ? { booking_id: bookingId } : undefined,
  })
}

function sessionFull(session: { capacity: number }) {
  return new DomainError('BOOKING_SESSION_FULL', {
    data: {
      capacity: session.capacity,
    },
  })
}

/**
 * Books a seat for a member (DESIGN.md §4 rules 1 and 2), all in one
 * transaction:
 *
 * 1. the member (locked FOR SHARE so nobody deactivates them meanwhile)
 *    must be active — ownership is the caller's policy check;
 * 2. the session row is locked FOR UPDATE: it must be open and in the
 *    future; from here on, bookings of this session run one at a time;
 * 3. one live booking per member and session (a partial unique index
 *    backs this up);
 * 4. training sessions need a credit: the member's packages are locked and
 *    remaining = total − used − reserved must be positive;
 * 5. a seat is taken with a guarded counter (booked_count < capacity); when
 *    full, the member joins the waitlist if the session has one, otherwise
 *    409 BOOKING_SESSION_FULL — a session already full without a waitlist
 *    refuses so before step 4, whatever the member's credits.
 *
 * Any refusal throws before anything is written, or rolls back what was.
 */
export async function createBooking(input: CreateBookingInput): Promise<BookingOutcome> {
  const outcome = await transaction(async (trx) => {
    const member = await Member.query({ client: trx })
      .where('id', input.memberId)
      .forShare()
      .first()
    if (!member) {
      throw DomainError.notFound('member')
    }
    if (member.status !== 'active') {
      throw new DomainError('MEMBER_NOT_ACTIVE', {
        field: 'member_id',
        rule: 'member_not_active',
        params: { status: member.status },
        data: { status: member.status },
      })
    }

    const session = await lockSession(trx, input.trainingSessionId)
    if (!session) {
      throw DomainError.notFound('training_session')
    }
    if (session.audience === 'invited') {
      await assertInvited(trx, session.id, member, input.actor)
    }
    if (session.startsAt <= DateTime.now()) {
      throw new DomainError('BOOKING_SESSION_PAST')
    }
    if (session.status !== 'open') {
      throw new DomainError('BOOKING_SESSION_NOT_OPEN', {
        data: {
          status: session.status,
        },
      })
    }

    const existing = await Booking.query({ client: trx })
      .where('training_session_id', session.id)
      .where('member_id', member.id)
      .whereNot('status', 'cancelled')
      .first()
    if (existing) {
      throw duplicate(existing.id)
    }

    // full and no waitlist: refuse before the credit is looked at, so that
    // in a rush for the last seats the session's lock is held briefly
    if (!session.waitlistEnabled && session.bookedCount >= session.capacity) {
      throw sessionFull(session)
    }

    const credit =
      session.kind === 'training'
        ? await takeCredit(trx, {
            memberId: member.id,
            session,
            only: input.memberPackageId,
          })
        : null

    const now = DateTime.now()
    const booking = new Booking()
    booking.useTransaction(trx)
    booking.merge({
      trainingSessionId: session.id,
      memberId: member.id,
      memberPackageId: credit?.memberPackage.id ?? null,
      notes: input.notes ?? null,
      bookedBy: input.actor.id,
      bookedAt: now,
    })

    let remainingSessions = credit ? credit.remaining : null
    if (await takeSeat(trx, session)) {
      booking.merge({ status: 'confirmed', confirmedAt: now })
      remainingSessions = credit ? credit.remaining - 1 : null
    } else if (session.waitlistEnabled) {
      const last = await trx
        .from('bookings')
        .where('training_session_id', session.id)
        .where('status', 'waitlisted')
        .max('waitlist_position as position')
        .first()
      booking.merge({
        status: 'waitlisted',
        waitlistPosition: Number(last?.position ?? 0) + 1,
      })
    } else {
      throw sessionFull(session)
    }

    try {
      await booking.save()
    } catch (error) {
      if (isLiveDuplicate(error)) {
        throw duplicate()
      }
      throw error
    }

    booking.$setRelated('member', member)
    booking.$setRelated('trainingSession', session)
    if (credit) {
      booking.$setRelated('memberPackage', credit.memberPackage)
    }
    return { booking, remainingSessions }
  })

  await BookingCreated.dispatch(outcome.booking)
  return outcome
}
