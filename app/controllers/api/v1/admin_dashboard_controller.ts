import type { HttpContext } from '@adonisjs/core/http'
import MemberPolicy from '#policies/member_policy'
import { adminDashboard } from '#queries/members/dashboards'

/**
 * GET /api/v1/admin/dashboard — approvals, today's sessions and totals
 */
export default class AdminDashboardController {
  async show({ response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('viewAny')
    return response.success(await adminDashboard())
  }
}
