import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { I18n } from '@adonisjs/i18n'
import { timezone as clubTimezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import { csvStream } from '#services/csv'

export interface AttendanceReportInput {
  /**
   * YYYY-MM, a month of the club's calendar
   */
  month: string
  /**
   * A program's code, to report only its sessions
   */
  programCode?: string
  /**
   * IANA zone of the month's boundaries and of the times (default: the club's)
   */
  zone?: string
}

export interface AttendanceRow {
  starts_at: Date
  ends_at: Date
  session_title: string
  program_code: string | null
  program_name: string | null
  coach_name: string
  room_name: string | null
  member_name: string
  attendance_status: 'present' | 'absent' | 'excused' | 'late' | null
}

/**
 * The first instant of the month and of the next one, in the zone
 */
export function monthWindow(month: string, zone = clubTimezone) {
  const from = DateTime.fromFormat(month, 'yyyy-MM', { zone }).startOf('month')
  return { from, to: from.plus({ months: 1 }) }
}

/**
 * Every seat of the month's sessions (confirmed bookings, and members whose
 * attendance was taken without one), with its attendance, session by
 * session in start order, read in batches so a long month streams
 */
export async function* attendanceRows(
  input: AttendanceReportInput,
  batchSize = 500
): AsyncGenerator<AttendanceRow> {
  const { from, to } = monthWindow(input.month, input.zone)
  for (let offset = 0; ; offset += batchSize) {
    const { rows } = await db.rawQuery(
      `WITH seats AS (
         SELECT training_session_id, member_id FROM bookings WHERE status = 'confirmed'
         UNION
         SELECT training_session_id, member_id FROM attendances
       )
       SELECT s.starts_at, s.ends_at, s.title AS session_title,
              p.code AS program_code, p.name AS program_name,
              c.name AS coach_name, r.name AS room_name,
              m.name AS member_name, a.status AS attendance_status
         FROM seats
         JOIN training_sessions s ON s.id = seats.training_session_id
         JOIN members m ON m.id = seats.member_id
         JOIN users c ON c.id = s.coach_id
         LEFT JOIN programs p ON p.id = s.program_id
         LEFT JOIN rooms r ON r.id = s.room_id
         LEFT JOIN attendances a ON a.training_session_id = s.id AND a.member_id = m.id
        WHERE s.starts_at >= :from AND s.starts_at < :to
          AND s.status <> 'cancelled'
          AND (CAST(:program AS text) IS NULL OR p.code = :program)
        ORDER BY s.starts_at, s.id, m.name, m.id
        LIMIT :limit OFFSET :offset`,
      {
        from: from.toJSDate(),
        to: to.toJSDate(),
        program: input.programCode ?? null,
        limit: batchSize,
        offset,
      }
    )
    yield* rows as AttendanceRow[]
    if (rows.length < batchSize) return
  }
}

/**
 * The attendance of a month as a CSV stream, its headers and statuses in
 * the reader's language and its times in the club's zone. An unknown
 * program code is a 404 PROGRAM_NOT_FOUND before anything is streamed.
 */
export async function attendanceReport(input: AttendanceReportInput, i18n: I18n) {
  if (input.programCode) {
    const program = await db.from('programs').where('code', input.programCode).first()
    if (!program) throw DomainError.notFound('program')
  }
  const zone = input.zone ?? clubTimezone
  const local = (value: Date) => DateTime.fromJSDate(value).setZone(zone)
  const header = (key: string) => i18n.t(`reports.attendance.columns.${key}`)
  return csvStream(attendanceRows(input), [
    { header: header('date'), value: (row) => local(row.starts_at).toISODate() },
    { header: header('start'), value: (row) => local(row.starts_at).toFormat('HH:mm') },
    { header: header('end'), value: (row) => local(row.ends_at).toFormat('HH:mm') },
    { header: header('session'), value: (row) => row.session_title },
    { header: header('program_code'), value: (row) => row.program_code },
    { header: header('program'), value: (row) => row.program_name },
    { header: header('coach'), value: (row) => row.coach_name },
    { header: header('room'), value: (row) => row.room_name },
    { header: header('member'), value: (row) => row.member_name },
    {
      header: header('attendance'),
      value: (row) =>
        row.attendance_status
          ? i18n.t(`club.attendance_status.${row.attendance_status}`)
          : i18n.t('reports.attendance.not_recorded'),
    },
  ])
}

/**
 * The file name of a download: attendance-2026-11[-ARC-101].csv
 */
export function attendanceFileName(input: AttendanceReportInput) {
  const program = input.programCode ? `-${input.programCode.replace(/[^A-Za-z0-9_-]/g, '')}` : ''
  return `attendance-${input.month}${program}.csv`
}
