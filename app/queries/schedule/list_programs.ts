import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Program, { PROGRAM_LEVELS } from '#models/program'
import type { ProgramLevel, ProgramStatus } from '#models/program'
import TrainingSession from '#models/training_session'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { withSummaries, likeTerm } from '#queries/schedule/list_training_sessions'

export interface ListProgramsFilters {
  page?: number
  limit?: number
  search?: string
  level?: ProgramLevel
  category?: string
  status?: ProgramStatus
}

/**
 * GET /programs: the public sees active programs; admins every program
 * (and may filter by status). Search covers name, code and description.
 */
export async function listPrograms(
  filters: ListProgramsFilters,
  options: { includeInactive: boolean }
) {
  const paginator = await Program.query()
    .if(!options.includeInactive, (q) => q.where('status', 'active'))
    .if(filters.status, (q) => q.where('status', filters.status!))
    .if(filters.level, (q) => q.where('level', filters.level!))
    .if(filters.category, (q) => q.whereILike('category', filters.category!))
    .if(filters.search, (q) => {
      const term = likeTerm(filters.search!)
      q.where((inner) =>
        inner.whereILike('name', term).orWhereILike('code', term).orWhereILike('description', term)
      )
    })
    .orderBy('name')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { programs: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * GET /programs/:id: the program and its upcoming public sessions with
 * seats left (null when the viewer may not see it)
 */
export async function findProgram(id: string, options: { includeInactive: boolean }) {
  const program = await Program.query()
    .where('id', id)
    .if(!options.includeInactive, (q) => q.where('status', 'active'))
    .first()
  if (!program) return null

  const upcoming = await withSummaries(TrainingSession.query())
    .where('program_id', program.id)
    .whereIn('status', ['scheduled', 'open'])
    .where('audience', 'public')
    .where('starts_at', '>', DateTime.now().toJSDate())
    .orderBy('starts_at')
    .limit(20)
  return { program, upcoming }
}

/**
 * GET /programs/stats (admin)
 */
export async function programStats() {
  const rows = await db
    .from('programs')
    .select('status', 'level')
    .count('* as total')
    .groupBy('status', 'level')
  const byLevel = Object.fromEntries(PROGRAM_LEVELS.map((level) => [level, 0])) as Record<
    string,
    number
  >
  let total = 0
  let active = 0
  for (const row of rows) {
    const count = Number(row.total)
    total += count
    if (row.status === 'active') active += count
    byLevel[row.level] += count
  }

  const now = DateTime.now().toJSDate()
  const sessions = await db
    .from('training_sessions')
    .whereNotNull('program_id')
    .whereNot('status', 'cancelled')
    .select(
      db.raw('count(*) filter (where starts_at > ?) as upcoming', [now]),
      db.raw('count(*) as total'),
      db.raw('coalesce(sum(booked_count), 0) as seats_booked')
    )
    .first()

  const popular = await db
    .from('programs')
    .join('training_sessions', 'training_sessions.program_id', 'programs.id')
    .whereNot('training_sessions.status', 'cancelled')
    .groupBy('programs.id', 'programs.name', 'programs.code')
    .select('programs.id', 'programs.name', 'programs.code')
    .sum('training_sessions.booked_count as seats_booked')
    .count('training_sessions.id as session_count')
    .orderBy('seats_booked', 'desc')
    .orderBy('programs.name')
    .limit(5)

  // Applications of the enrollments table, by their status now
  const enrollmentRows = await db
    .from('enrollments')
    .select('status')
    .count('* as total')
    .groupBy('status')
  const enrollmentsByStatus: Record<string, number> = {
    pending: 0,
    approved: 0,
    rejected: 0,
    cancelled: 0,
  }
  for (const row of enrollmentRows) enrollmentsByStatus[row.status] = Number(row.total)
  const popularIds = popular.map((row) => row.id)
  const enrolledRows = popularIds.length
    ? await db
        .from('enrollments')
        .whereIn('program_id', popularIds)
        .groupBy('program_id')
        .select('program_id')
        .count('* as total')
    : []
  const enrolled = new Map(enrolledRows.map((row) => [row.program_id, Number(row.total)]))

  return {
    total_programs: total,
    active_programs: active,
    inactive_programs: total - active,
    programs_by_level: byLevel,
    total_sessions: Number(sessions?.total ?? 0),
    upcoming_sessions: Number(sessions?.upcoming ?? 0),
    seats_booked: Number(sessions?.seats_booked ?? 0),
    total_enrollments: Object.values(enrollmentsByStatus).reduce((sum, n) => sum + n, 0),
    enrollments_by_status: enrollmentsByStatus,
    most_popular_programs: popular.map((row) => ({
      program_id: row.id,
      name: row.name,
      code: row.code,
      session_count: Number(row.session_count),
      seats_booked: Number(row.seats_booked ?? 0),
      enrollment_count: enrolled.get(row.id) ?? 0,
    })),
  }
}
