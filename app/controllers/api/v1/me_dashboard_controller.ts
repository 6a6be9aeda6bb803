import type { HttpContext } from '@adonisjs/core/http'
import { parentDashboard } from '#queries/members/dashboards'
import { parentDashboardView } from '#transformers/dashboard_view'

/**
 * GET /api/v1/me/dashboard — a parent's overview of their members
 */
export default class MeDashboardController {
  async show({ auth, response }: HttpContext) {
    return response.success(parentDashboardView(await parentDashboard(auth.getUserOrFail().id)))
  }
}
