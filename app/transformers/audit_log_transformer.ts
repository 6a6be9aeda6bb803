import { BaseTransformer } from '@adonisjs/core/transformers'
import type AuditLog from '#models/audit_log'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import { auditActions, auditSources } from '#validators/audit_log'

/**
 * An entry of the audit trail, for admins
 */
export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: {
      name: 'AuditLog',
      schema: s.object({
        id: s.uuid(),
        action: s.enum(auditActions),
        source: s.enum(auditSources, {
          description: 'http: a signed-in staff member; console: an ace command; system: other',
        }),
        actor: s.nullable(
          s.object({
            id: s.uuid(),
            name: s.nullable(s.string()),
            role: s.nullable(s.string()),
          })
        ),
        subject_type: s.string({ example: 'members', description: 'The table of the record' }),
        subject_id: s.string(),
        changes: s.any({
          type: 'object',
          description: 'Changed fields as { field: { before, after } }; secrets read "[redacted]"',
          additionalProperties: s.object({
            before: s.optional(s.any()),
            after: s.optional(s.any()),
          }),
        }),
        ip: s.nullable(s.string()),
        request_id: s.nullable(s.string()),
        created_at: s.dateTime(),
      }),
    },
  }

  toObject() {
    const entry = this.resource
    return {
      id: entry.id,
      action: entry.action,
      source: entry.source,
      actor: entry.actorId
        ? { id: entry.actorId, name: entry.actorName, role: entry.actorRole }
        : null,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      changes: entry.changes,
      ip: entry.ip,
      request_id: entry.requestId,
      created_at: iso(entry.createdAt),
    }
  }
}
