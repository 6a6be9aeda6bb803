import { DateTime } from 'luxon'
import AuditLog, { type AuditAction, type AuditSource } from '#models/audit_log'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm, parseBound } from '#queries/schedule/list_training_sessions'

export interface ListAuditLogsFilters {
  page?: number
  limit?: number
  search?: string
  actor_id?: string
  subject_type?: string
  subject_id?: string
  action?: AuditAction
  source?: AuditSource
  from?: Date
  to?: Date
}

/**
 * A date from the validator (midnight of the server's zone) as the first
 * or last moment of that day in the club's time zone
 */
const localBound = (date: Date, edge: 'start' | 'end') =>
  parseBound(DateTime.fromJSDate(date).toISODate()!, edge).toJSDate()

/**
 * The audit trail, newest first; `search` matches the actor's name or the
 * subject's id
 */
export async function listAuditLogs(filters: ListAuditLogsFilters) {
  const paginator = await AuditLog.query()
    .if(filters.actor_id, (query) => query.where('actor_id', filters.actor_id!))
    .if(filters.subject_type, (query) => query.where('subject_type', filters.subject_type!))
    .if(filters.subject_id, (query) => query.where('subject_id', filters.subject_id!))
    .if(filters.action, (query) => query.where('action', filters.action!))
    .if(filters.source, (query) => query.where('source', filters.source!))
    .if(filters.from, (query) =>
      query.where('created_at', '>=', localBound(filters.from!, 'start'))
    )
    .if(filters.to, (query) => query.where('created_at', '<=', localBound(filters.to!, 'end')))
    .if(filters.search, (query) => {
      const term = likeTerm(filters.search!)
      query.where((inner) => inner.whereILike('actor_name', term).orWhereILike('subject_id', term))
    })
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  return { entries: paginator.all(), meta: paginatorMeta(paginator) }
}
