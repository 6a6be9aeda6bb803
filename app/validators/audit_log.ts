import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'

export const auditActions = ['create', 'update', 'delete'] as const
export const auditSources = ['http', 'console', 'system'] as const

/**
 * GET /admin/audit-logs (API and page): who changed what, newest first
 */
export const listAuditLogsValidator = vine.create(
  vine.object({
    ...listQuery,
    actor_id: vine.string().uuid().optional(),
    subject_type: vine
      .string()
      .trim()
      .regex(/^[a-z_]{1,60}$/)
      .optional(),
    subject_id: vine.string().trim().maxLength(64).optional(),
    action: vine.enum(auditActions).optional(),
    source: vine.enum(auditSources).optional(),
    from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
    to: vine
      .date({ formats: ['YYYY-MM-DD'] })
      .afterOrSameAs('from')
      .optional(),
  })
)
