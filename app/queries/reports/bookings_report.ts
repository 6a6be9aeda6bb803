import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { I18n } from '@adonisjs/i18n'
import { timezone } from '#config/app'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { csvStream } from '#services/csv'

export interface BookingRow {
  id: string
  starts_at: Date
  session_title: string
  program_code: string | null
  coach_name: string
  member_name: string
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  waitlist_position: number | null
  booked_at: Date
  cancelled_at: Date | null
  cancellation_reason: string | null
}

/**
 * The bookings of the period's sessions (every status), session by
 * session in start order, read in keyset batches
 */
export async function* bookingRows(
  period: AnalyticsPeriod,
  batchSize = 500
): AsyncGenerator<BookingRow> {
  let after: { startsAt: Date; id: string } | null = null
  for (;;) {
    const { rows } = await db.rawQuery(
      `SELECT b.id, s.starts_at, s.title AS session_title, p.code AS program_code,
              c.name AS coach_name, m.name AS member_name, b.status, b.waitlist_position,
              b.booked_at, b.cancelled_at, b.cancellation_reason
         FROM bookings b
         JOIN training_sessions s ON s.id = b.training_session_id
         JOIN members m ON m.id = b.member_id
         JOIN users c ON c.id = s.coach_id
         LEFT JOIN programs p ON p.id = s.program_id
        WHERE s.starts_at >= :start AND s.starts_at < :end
          AND (CAST(:afterAt AS timestamptz) IS NULL OR (s.starts_at, b.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
        ORDER BY s.starts_at, b.id
        LIMIT :limit`,
      {
        start: period.start.toJSDate(),
        end: period.end.toJSDate(),
        afterAt: after?.startsAt ?? null,
        afterId: after?.id ?? null,
        limit: batchSize,
      }
    )
    yield* rows as BookingRow[]
    if (rows.length < batchSize) return
    const last = rows[rows.length - 1] as BookingRow
    after = { startsAt: last.starts_at, id: last.id }
  }
}

/**
 * The bookings as a CSV stream, in the reader's language, times in the
 * club's zone
 */
export function bookingsReport(period: AnalyticsPeriod, i18n: I18n) {
  const local = (value: Date) => DateTime.fromJSDate(value).setZone(timezone)
  const header = (key: string) => i18n.t(`reports.bookings.columns.${key}`)
  return csvStream(bookingRows(period), [
    { header: header('date'), value: (row) => local(row.starts_at).toISODate() },
    { header: header('start'), value: (row) => local(row.starts_at).toFormat('HH:mm') },
    { header: header('session'), value: (row) => row.session_title },
    { header: header('program_code'), value: (row) => row.program_code },
    { header: header('coach'), value: (row) => row.coach_name },
    { header: header('member'), value: (row) => row.member_name },
    { header: header('status'), value: (row) => i18n.t(`reports.bookings.status.${row.status}`) },
    { header: header('waitlist_position'), value: (row) => row.waitlist_position },
    {
      header: header('booked_at'),
      value: (row) => local(row.booked_at).toFormat('yyyy-MM-dd HH:mm'),
    },
    {
      header: header('cancelled_at'),
      value: (row) =>
        row.cancelled_at ? local(row.cancelled_at).toFormat('yyyy-MM-dd HH:mm') : '',
    },
    { header: header('cancellation_reason'), value: (row) => row.cancellation_reason },
  ])
}

export function bookingsFileName(period: AnalyticsPeriod) {
  return `bookings-${period.from}-${period.to}.csv`
}
