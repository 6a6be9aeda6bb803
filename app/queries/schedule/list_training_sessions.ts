import DomainError from '#exceptions/domain_error'
import { DateTime } from 'luxon'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import db from '@adonisjs/lucid/services/db'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import type { SessionKind, SessionStatus } from '#models/training_session'
import { USER_COLUMNS_WITHOUT_PASSWORD } from '#models/user'
import type User from '#models/user'
import {
  COUNT_CAP,
  DEFAULT_LIMIT,
  cappedPageMeta,
  decodeCursor,
  encodeCursor,
  type CappedPageMeta,
  type CursorMeta,
} from '#services/pagination'

export interface ListTrainingSessionsFilters {
  page?: number
  /** Continue after this position (keyset paging) instead of a page number */
  cursor?: string
  limit?: number
  search?: string
  kind?: SessionKind
  status?: SessionStatus
  program_id?: string
  coach_id?: string
  room_id?: string
  series_id?: string
  from?: string
  to?: string
}

type SessionQuery = ModelQueryBuilderContract<typeof TrainingSession>

/**
 * "%term%" for ILIKE, with the wildcards of the term itself escaped
 */
export function likeTerm(search: string) {
  return `%${search.replace(/[%_\\]/g, '\\$&')}%`
}

/**
 * A list bound as an instant: a date means its whole local day (from its
 * first moment, to its last)
 */
export function parseBound(value: string, edge: 'start' | 'end') {
  const parsed = DateTime.fromISO(value, { zone: timezone })
  if (value.length > 10) return parsed
  return edge === 'start' ? parsed.startOf('day') : parsed.endOf('day')
}

/**
 * `from`/`to` as instants; `to` before `from` is a 422
 */
export function timeWindow(filters: { from?: string; to?: string }) {
  const from = filters.from ? parseBound(filters.from, 'start') : null
  const to = filters.to ? parseBound(filters.to, 'end') : null
  if (from && to && to < from) {
    throw DomainError.invalid('to', 'range_end_before_start')
  }
  return { from, to }
}

/**
 * What a viewer may see: staff see every session; members the public and
 * members-only ones that are scheduled or open, and the invited ones a
 * member of their account is invited to; visitors the public ones that are
 * scheduled or open.
 */
export function visibleTo(query: SessionQuery, viewer: User | null) {
  if (viewer?.isStaff) return query
  query.whereIn('training_sessions.status', ['scheduled', 'open'])
  if (!viewer) return query.where('training_sessions.audience', 'public')
  return query.where((audience) => {
    audience.whereIn('training_sessions.audience', ['public', 'members']).orWhere((invited) => {
      invited.where('training_sessions.audience', 'invited').whereExists((invitation) => {
        invitation
          .from('session_invitations')
          .join('members', 'members.id', 'session_invitations.member_id')
          .whereColumn('session_invitations.training_session_id', 'training_sessions.id')
          .where('members.account_id', viewer.id)
      })
    })
  })
}

/**
 * Relations every session view shows (TrainingSessionTransformer.toObject)
 */
export function withSummaries(query: SessionQuery) {
  return query
    .preload('program')
    .preload('coach', (coach) => coach.select(USER_COLUMNS_WITHOUT_PASSWORD))
    .preload('coachProfile')
    .preload('room')
    .preload('sessionTime')
}

/**
 * The same sessions again with the relations their view shows, in their
 * order (sessions an action returned bare)
 */
export async function loadSummaries(sessions: TrainingSession[]) {
  if (!sessions.length) return []
  const rows = await withSummaries(
    TrainingSession.query().whereIn(
      'id',
      sessions.map((session) => session.id)
    )
  )
  const byId = new Map(rows.map((row) => [row.id, row]))
  return sessions.flatMap((session) => byId.get(session.id) ?? [])
}

/**
 * GET /training-sessions: filtered, searched (title, program, coach),
 * ordered by (starts_at, id). Visitors and members see only sessions that
 * have not ended. Paged by number with a capped count (COUNT_CAP), or by
 * `cursor` (keyset: the cost of a page does not grow with its depth, and
 * rows added meanwhile never repeat or push others off).
 */
function sessionsQuery(filters: ListTrainingSessionsFilters, viewer: User | null) {
  const { from, to } = timeWindow(filters)
  return visibleTo(TrainingSession.query(), viewer)
    .if(!viewer?.isStaff, (q) => q.where('training_sessions.ends_at', '>', new Date()))
    .if(filters.kind, (q) => q.where('kind', filters.kind!))
    .if(filters.status, (q) => q.where('status', filters.status!))
    .if(filters.program_id, (q) => q.where('program_id', filters.program_id!))
    .if(filters.coach_id, (q) => q.where('coach_id', filters.coach_id!))
    .if(filters.room_id, (q) => q.where('room_id', filters.room_id!))
    .if(filters.series_id, (q) => q.where('series_id', filters.series_id!))
    .if(from, (q) => q.where('ends_at', '>', from!.toJSDate()))
    .if(to, (q) => q.where('starts_at', '<=', to!.toJSDate()))
    .if(filters.search, (q) => {
      const term = likeTerm(filters.search!)
      q.where((inner) =>
        inner
          .whereILike('title', term)
          .orWhereIn('program_id', db.from('programs').select('id').whereILike('name', term))
          .orWhereIn('coach_id', db.from('users').select('id').whereILike('name', term))
      )
    })
}

/**
 * One more row than the page holds tells whether another follows
 */
function pageOf(rows: TrainingSession[], limit: number) {
  const sessions = rows.slice(0, limit)
  const last = sessions.at(-1)
  const hasMore = rows.length > limit
  return {
    sessions,
    hasMore,
    nextCursor: hasMore && last ? encodeCursor(last.startsAt.toJSDate(), last.id) : null,
  }
}

/**
 * Page `page` of the list, counted up to COUNT_CAP
 */
export async function listTrainingSessions(
  filters: ListTrainingSessionsFilters,
  viewer: User | null
): Promise<{ sessions: TrainingSession[]; meta: CappedPageMeta }> {
  const limit = filters.limit ?? DEFAULT_LIMIT
  const page = filters.page ?? 1
  const query = sessionsQuery(filters, viewer)
  const [counted] = await db
    .from(
      query
        .clone()
        .clearSelect()
        .select(db.raw('1'))
        .limit(COUNT_CAP + 1)
        .as('capped')
    )
    .count('* as total')
  const rows = await withSummaries(query)
    .orderBy('starts_at')
    .orderBy('id')
    .offset((page - 1) * limit)
    .limit(limit + 1)
  const { sessions, hasMore, nextCursor } = pageOf(rows, limit)
  return {
    sessions,
    meta: cappedPageMeta(Number(counted.total), page, limit, sessions.length, hasMore, nextCursor),
  }
}

/**
 * The rows after `cursor` (keyset paging, no count)
 */
export async function listTrainingSessionsAfter(
  filters: ListTrainingSessionsFilters & { cursor: string },
  viewer: User | null
): Promise<{ sessions: TrainingSession[]; meta: CursorMeta }> {
  if (filters.page) {
    throw DomainError.invalid('cursor', 'cursor_with_page')
  }
  const after = decodeCursor(filters.cursor)
  const limit = filters.limit ?? DEFAULT_LIMIT
  const rows = await withSummaries(sessionsQuery(filters, viewer))
    .whereRaw('(training_sessions.starts_at, training_sessions.id) > (?, ?)', [
      after.startsAt,
      after.id,
    ])
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit + 1)
  const { sessions, nextCursor } = pageOf(rows, limit)
  return { sessions, meta: { per_page: limit, next_cursor: nextCursor } }
}

/**
 * One session as the viewer may see it, or null (a 404 for them)
 */
export async function findVisibleSession(id: string, viewer: User | null) {
  return withSummaries(visibleTo(TrainingSession.query(), viewer).where('id', id)).first()
}
