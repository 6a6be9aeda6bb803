import db from '@adonisjs/lucid/services/db'
import { DEFAULT_LIMIT, pageMeta } from '#services/pagination'

export interface AttendanceHistoryFilters {
  page?: number
  limit?: number
  status?: 'present' | 'absent' | 'excused' | 'late'
}

/**
 * Counts and rate over attendance records: attended = present + late;
 * rate = attended / all validated records, as a percentage (one decimal),
 * null when nothing was validated yet
 */
export function attendanceSummary(counts: Record<string, number>) {
  const present = counts.present ?? 0
  const late = counts.late ?? 0
  const absent = counts.absent ?? 0
  const excused = counts.excused ?? 0
  const total = present + late + absent + excused
  return {
    total,
    present,
    late,
    absent,
    excused,
    total_attended: present + late,
    total_absent: absent,
    rate: total === 0 ? null : Math.round(((present + late) / total) * 1000) / 10,
  }
}

/**
 * Attendance counts by status for some members
 */
export async function attendanceCounts(memberIds: string[]) {
  const counts: Record<string, number> = {}
  if (memberIds.length === 0) return counts
  const rows = await db
    .from('attendances')
    .whereIn('member_id', memberIds)
    .groupBy('status')
    .select('status')
    .count('* as total')
  for (const row of rows) counts[row.status] = Number(row.total)
  return counts
}

/**
 * History rows, newest session first: what the parent dashboard and
 * GET /members/:id/attendance show (seed 001's attendance history)
 */
/**
 * One attendance of the history as the database gives it; the JSON shape is
 * AttendanceHistoryTransformer's
 */
export interface AttendanceHistoryRow {
  id: string
  status: 'present' | 'absent' | 'excused' | 'late'
  validated_at: Date | null
  joined_at: Date | null
  notes: string | null
  member_id: string
  member_name: string
  session_id: string
  session_title: string
  session_kind: 'training' | 'coaching' | 'mentoring'
  starts_at: Date
  ends_at: Date
  coach_name: string
  package_name: string | null
}

export async function attendanceHistory(
  memberIds: string[],
  filters: AttendanceHistoryFilters = {}
) {
  const page = filters.page ?? 1
  const perPage = filters.limit ?? DEFAULT_LIMIT
  if (memberIds.length === 0) {
    return { history: [] as AttendanceHistoryRow[], meta: pageMeta(0, page, perPage) }
  }
  const base = db
    .from('attendances')
    .join('training_sessions', 'training_sessions.id', 'attendances.training_session_id')
    .join('members', 'members.id', 'attendances.member_id')
    .join('users as coaches', 'coaches.id', 'training_sessions.coach_id')
    .leftJoin('bookings', 'bookings.id', 'attendances.booking_id')
    .leftJoin('member_packages', 'member_packages.id', 'bookings.member_package_id')
    .leftJoin('packages', 'packages.id', 'member_packages.package_id')
    .whereIn('attendances.member_id', memberIds)
    .if(filters.status, (query) => query.where('attendances.status', filters.status!))

  const [{ total }] = await base.clone().count('* as total')
  const rows = await base
    .select(
      'attendances.id',
      'attendances.status',
      'attendances.validated_at',
      'attendances.joined_at',
      'attendances.notes',
      'attendances.member_id',
      'members.name as member_name',
      'training_sessions.id as session_id',
      'training_sessions.title as session_title',
      'training_sessions.kind as session_kind',
      'training_sessions.starts_at',
      'training_sessions.ends_at',
      'coaches.name as coach_name',
      'packages.name as package_name'
    )
    .orderBy('training_sessions.starts_at', 'desc')
    .orderBy('attendances.id')
    .limit(perPage)
    .offset((page - 1) * perPage)

  const history = rows as AttendanceHistoryRow[]
  return { history, meta: pageMeta(Number(total), page, perPage) }
}
