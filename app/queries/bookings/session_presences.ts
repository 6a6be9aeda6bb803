import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type TrainingSession from '#models/training_session'
import { DEFAULT_LIMIT, pageMeta } from '#services/pagination'

const iso = (value: Date | null) => (value ? DateTime.fromJSDate(value).toUTC().toISO() : null)

/**
 * GET /training-sessions/:id/presences: the whole audience (members with a
 * confirmed booking), each `absent` until they join or are marked
 * (seed 000's coaching presences)
 */
export async function sessionPresences(
  session: TrainingSession,
  filters: { page?: number; limit?: number; search?: string }
) {
  const page = filters.page ?? 1
  const perPage = filters.limit ?? DEFAULT_LIMIT
  const base = db
    .from('bookings')
    .join('members', 'members.id', 'bookings.member_id')
    .leftJoin('attendances', (join) =>
      join
        .on('attendances.training_session_id', 'bookings.training_session_id')
        .andOn('attendances.member_id', 'bookings.member_id')
    )
    .where('bookings.training_session_id', session.id)
    .where('bookings.status', 'confirmed')
    .if(filters.search, (query) =>
      query.whereILike('members.name', `%${filters.search!.replace(/[%_\\]/g, '\\$&')}%`)
    )
  const [{ total }] = await base.clone().count('* as total')
  const rows = await base
    .select(
      'attendances.id',
      'attendances.status',
      'attendances.joined_at',
      'attendances.feedback',
      'attendances.created_at',
      'attendances.updated_at',
      'members.id as member_id',
      'members.name as member_name'
    )
    .orderBy('members.name')
    .orderBy('members.id')
    .limit(perPage)
    .offset((page - 1) * perPage)

  return {
    data: rows.map((row) => ({
      id: row.id ?? null,
      training_session_id: session.id,
      member_id: row.member_id,
      status: row.status ?? 'absent',
      joined_at: iso(row.joined_at),
      feedback_notes: row.feedback ?? null,
      created_at: iso(row.created_at),
      updated_at: iso(row.updated_at),
      member: { id: row.member_id, name: row.member_name },
    })),
    meta: pageMeta(Number(total), page, perPage),
  }
}
