import type { HttpContext } from '@adonisjs/core/http'
import AuditLogPolicy from '#policies/audit_log_policy'
import { listAuditLogs } from '#queries/audit/list_audit_logs'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import { auditActions, listAuditLogsValidator } from '#validators/audit_log'
import { serialize } from '#services/serialize'

/**
 * /admin/audit-logs — the audit trail for admins, the same query as the API
 */
export default class AdminAuditLogsController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(AuditLogPolicy).authorize('viewAny')
    const [invalid, parsed] = await listAuditLogsValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { entries, meta } = await listAuditLogs(filters)
    return view.render('pages/admin/audit_logs/index', {
      filters: {
        ...filters,
        from: request.qs().from && !invalid ? request.qs().from : undefined,
        to: request.qs().to && !invalid ? request.qs().to : undefined,
      },
      meta,
      actions: auditActions,
      entries: await serialize(AuditLogTransformer.transform(entries)),
    })
  }
}
