import type { HttpContext } from '@adonisjs/core/http'
import CoachPolicy from '#policies/coach_policy'
import { coachDashboard } from '#queries/schedule/coach_dashboard'
import CoachTransformer from '#transformers/coach_transformer'
import TrainingSessionTransformer from '#transformers/training_session_transformer'

/**
 * GET /api/v1/coach/dashboard — a coach's day at a glance
 */
export default class CoachDashboardController {
  async show({ response, auth, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    await bouncer.with(CoachPolicy).authorize('viewDashboard')
    const dashboard = await coachDashboard(user)
    return response.success({
      coach: CoachTransformer.transform({ user, profile: dashboard.profile }).useVariant('forSelf'),
      statistics: dashboard.statistics,
      today_sessions: TrainingSessionTransformer.transform(dashboard.today).useVariant(
        'forInsider'
      ),
      upcoming_sessions: TrainingSessionTransformer.transform(dashboard.upcoming).useVariant(
        'forInsider'
      ),
    })
  }
}
