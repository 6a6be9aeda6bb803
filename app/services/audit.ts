import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import { HttpContext } from '@adonisjs/core/http'
import type { LucidRow, LucidModel } from '@adonisjs/lucid/types/model'
import AuditLog, { type AuditAction } from '#models/audit_log'

/**
 * Fields whose values never reach the trail: only that they changed
 */
const SECRET = /password|token|secret/i
export const REDACTED = '[redacted]'

/**
 * Bookkeeping columns that say nothing about the change
 */
const SKIPPED = new Set(['updated_at', 'created_at'])

type Changes = Record<string, { before?: unknown; after?: unknown }>

function plain(value: unknown): unknown {
  if (DateTime.isDateTime(value)) return value.toISO()
  if (value instanceof Date) return value.toISOString()
  return value ?? null
}

function columnName(model: LucidModel, attribute: string) {
  return model.$getColumn(attribute)?.columnName ?? attribute
}

/**
 * The changed fields as { column: { before, after } }, secrets redacted
 */
export function describeChanges(
  row: LucidRow,
  attributes: string[],
  values: { before?: Record<string, unknown>; after?: Record<string, unknown> }
): Changes {
  const model = row.constructor as LucidModel
  const changes: Changes = {}
  for (const attribute of attributes) {
    const column = columnName(model, attribute)
    if (SKIPPED.has(column)) continue
    const secret = SECRET.test(column)
    const change: { before?: unknown; after?: unknown } = {}
    if (values.before) change.before = secret ? REDACTED : plain(values.before[attribute])
    if (values.after) change.after = secret ? REDACTED : plain(values.after[attribute])
    changes[column] = change
  }
  return changes
}

/**
 * Who is writing: the signed-in staff member of the current request, the
 * console (ace commands, seeders), or the system (work outside a request).
 * A member's own writes (their children, their bookings) are theirs, not
 * staff writes: they are not logged (null).
 */
function currentActor() {
  const ctx = HttpContext.get()
  if (!ctx) {
    return {
      source: app.getEnvironment() === 'console' ? ('console' as const) : ('system' as const),
      actorId: null,
      actorName: null,
      actorRole: null,
      ip: null,
      requestId: null,
    }
  }
  const user = ctx.auth?.user as { id: string; name: string; role: string } | undefined
  if (!user || user.role === 'member') return null
  return {
    source: 'http' as const,
    actorId: user.id,
    actorName: user.name,
    actorRole: user.role,
    ip: ctx.request.ip(),
    requestId: ctx.request.id() ?? null,
  }
}

/**
 * Writes one entry for a change to `row`, in the row's transaction when it
 * has one, so the entry exists exactly when the change does
 */
export async function recordChange(row: LucidRow, action: AuditAction, changes: Changes) {
  const actor = currentActor()
  if (!actor) return
  if (action === 'update' && Object.keys(changes).length === 0) return
  const model = row.constructor as LucidModel
  await AuditLog.create(
    {
      ...actor,
      action,
      subjectType: model.table,
      subjectId: String(row.$primaryKeyValue),
      changes,
    },
    { client: row.$trx }
  )
}
