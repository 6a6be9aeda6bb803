import type { HttpContext } from '@adonisjs/core/http'
import AuditLogPolicy from '#policies/audit_log_policy'
import { listAuditLogs } from '#queries/audit/list_audit_logs'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import { listAuditLogsValidator } from '#validators/audit_log'
import { validateListQuery } from '#services/pagination'

/**
 * GET /api/v1/admin/audit-logs — the audit trail, for admins
 */
export default class AdminAuditLogsController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(AuditLogPolicy).authorize('viewAny')
    const filters = await validateListQuery(request, listAuditLogsValidator)
    const { entries, meta } = await listAuditLogs(filters)
    return response.success(AuditLogTransformer.transform(entries), { meta })
  }
}
