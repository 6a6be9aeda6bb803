import type { HttpContext } from '@adonisjs/core/http'
import CoachPolicy from '#policies/coach_policy'
import { coachDashboard } from '#queries/schedule/coach_dashboard'
import { serializeCoach } from '#transformers/coach_transformer'
import { serializeTrainingSession } from '#transformers/training_session_transformer'

/**
 * GET /api/v1/coach/dashboard — a coach's day at a glance
 */
export default class CoachDashboardController {
  async show({ response, auth, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    await bouncer.with(CoachPolicy).authorize('viewDashboard')
    const dashboard = await coachDashboard(user)
    const view = { withMeeting: true }
    return response.success({
      coach: { ...serializeCoach(user, dashboard.profile), phone: user.phone },
      statistics: dashboard.statistics,
      today_sessions: dashboard.today.map((session) => serializeTrainingSession(session, view)),
      upcoming_sessions: dashboard.upcoming.map((session) =>
        serializeTrainingSession(session, view)
      ),
    })
  }
}
