import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { calendarNow } from '#queries/analytics/period'
import type { ProgramBookings } from '#queries/analytics/trends'
import { bookingsPerProgram } from '#queries/analytics/trends'

export interface BookingAnalytics {
  period: AnalyticsPeriod
  /**
   * Bookings of the period's sessions (any status)
   */
  total: number
  byStatus: { confirmed: number; waitlisted: number; cancelled: number }
  /**
   * Bookings made (booked_at) in this local month, whatever their session
   */
  thisMonth: number
  byProgram: ProgramBookings[]
}

/**
 * GET /analytics/bookings (seed 004 §5.8): a booking belongs to the period
 * of its session's start
 */
export async function bookingAnalytics(
  period: AnalyticsPeriod,
  at = DateTime.now()
): Promise<BookingAnalytics> {
  const clock = calendarNow(at)
  const [month, byProgram] = await Promise.all([
    db.rawQuery(
      `SELECT count(*) AS total FROM bookings
        WHERE booked_at >= :monthStart AND booked_at < :monthEnd`,
      { monthStart: clock.monthStart, monthEnd: clock.monthEnd }
    ),
    bookingsPerProgram(period),
  ])
  // the totals are the sum of the programs (one pass over the bookings)
  const byStatus = { confirmed: 0, waitlisted: 0, cancelled: 0 }
  for (const row of byProgram) {
    byStatus.confirmed += row.confirmed
    byStatus.waitlisted += row.waitlisted
    byStatus.cancelled += row.cancelled
  }
  return {
    period,
    total: byStatus.confirmed + byStatus.waitlisted + byStatus.cancelled,
    byStatus,
    thisMonth: Number(month.rows[0].total),
    byProgram,
  }
}
