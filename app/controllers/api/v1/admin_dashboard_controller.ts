import type { HttpContext } from '@adonisjs/core/http'
import MemberPolicy from '#policies/member_policy'
import { adminDashboard } from '#queries/members/dashboards'
import MemberTransformer from '#transformers/member_transformer'
import TrainingSessionTransformer from '#transformers/training_session_transformer'

/**
 * GET /api/v1/admin/dashboard — approvals, today's sessions and totals
 */
export default class AdminDashboardController {
  async show({ response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('viewAny')
    const dashboard = await adminDashboard()
    return response.success({
      ...dashboard,
      today_sessions: TrainingSessionTransformer.transform(dashboard.today_sessions),
      recent: {
        pending_members: MemberTransformer.transform(dashboard.recent.pending_members).useVariant(
          'forAdmin'
        ),
      },
    })
  }
}
