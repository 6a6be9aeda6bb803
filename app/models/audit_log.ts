import { AuditLogSchema } from '#database/schema'

export type AuditAction = AuditLogSchema['action']
export type AuditSource = AuditLogSchema['source']

/**
 * One entry of the audit trail: a staff (or console) write to a record,
 * with the fields it changed. Append-only (a trigger refuses UPDATE and
 * DELETE); written by the Auditable mixin.
 */
export default class AuditLog extends AuditLogSchema {}
