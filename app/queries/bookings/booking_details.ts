import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Booking from '#models/booking'
import MemberPackage from '#models/member_package'
import { creditsFor } from '#queries/members/member_package_credits'
import type { BookingExtras } from '#transformers/booking_transformer'

/**
 * The relations a serialized booking needs
 */
export function withBookingRelations(query: ModelQueryBuilderContract<typeof Booking>) {
  return query.preload('member').preload('trainingSession', (session) => session.preload('coach'))
}

/**
 * Loads one booking with everything its JSON shows, or null
 */
export async function findBooking(id: string) {
  return withBookingRelations(Booking.query().where('id', id)).first()
}

/**
 * What a booking shows beyond its row, by booking id, in a fixed number
 * of queries: remaining credits per package, waitlist ranks, mentors'
 * fields (BookingTransformer's second argument)
 */
export async function bookingExtras(bookings: Booking[]): Promise<Map<string, BookingExtras>> {
  const packageIds = [
    ...new Set(bookings.map((b) => b.memberPackageId).filter(Boolean)),
  ] as string[]
  const packages = packageIds.length ? await MemberPackage.query().whereIn('id', packageIds) : []
  const credits = await creditsFor(packages)

  const waitlisted = bookings.filter((b) => b.status === 'waitlisted')
  const ranks = new Map<string, number>()
  if (waitlisted.length) {
    const rows = await db
      .from('bookings as mine')
      .join('bookings as ahead', (join) =>
        join
          .on('ahead.training_session_id', 'mine.training_session_id')
          .andOn('ahead.waitlist_position', '<=', 'mine.waitlist_position')
      )
      .whereIn(
        'mine.id',
        waitlisted.map((b) => b.id)
      )
      .where('ahead.status', 'waitlisted')
      .groupBy('mine.id')
      .select('mine.id')
      .count('* as rank')
    for (const row of rows) {
      ranks.set(row.id, Number(row.rank))
    }
  }

  const mentorIds = [
    ...new Set(
      bookings
        .filter((b) => b.trainingSession?.kind === 'mentoring')
        .map((b) => b.trainingSession.coachId)
    ),
  ]
  const fields = new Map<string, string | null>()
  if (mentorIds.length) {
    const rows = await db
      .from('coach_profiles')
      .whereIn('user_id', mentorIds)
      .select('user_id', 'specialization')
    for (const row of rows) {
      fields.set(row.user_id, row.specialization)
    }
  }

  return new Map(
    bookings.map((booking) => [
      booking.id,
      {
        remainingSessions: booking.memberPackageId
          ? (credits.get(booking.memberPackageId)?.remaining ?? null)
          : null,
        waitlistRank: ranks.get(booking.id) ?? null,
        coachField: booking.trainingSession
          ? (fields.get(booking.trainingSession.coachId) ?? null)
          : null,
      },
    ])
  )
}
