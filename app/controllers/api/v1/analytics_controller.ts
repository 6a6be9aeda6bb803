import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import Program from '#models/program'
import User from '#models/user'
import DomainError from '#exceptions/domain_error'
import AnalyticsPolicy from '#policies/analytics_policy'
import { analyticsPeriod } from '#queries/analytics/period'
import { dashboardAnalytics } from '#queries/analytics/dashboard'
import { programAnalytics } from '#queries/analytics/program'
import { memberAnalytics } from '#queries/analytics/member'
import { coachAnalytics } from '#queries/analytics/coach'
import { bookingAnalytics } from '#queries/analytics/bookings'
import AnalyticsTransformer from '#transformers/analytics_transformer'
import { analyticsPeriodValidator } from '#validators/analytics'
import { validateListQuery } from '#services/pagination'

/**
 * /api/v1/analytics — the club's figures over a period of club dates
 * (`from`/`to`), as docs/api.md "Analytics" defines them
 */
export default class AnalyticsController {
  async dashboard({ request, response, bouncer }: HttpContext) {
    await bouncer.with(AnalyticsPolicy).authorize('viewClub')
    const period = analyticsPeriod(await validateListQuery(request, analyticsPeriodValidator))
    const report = await dashboardAnalytics(period)
    return response.success(AnalyticsTransformer.transform(report).useVariant('forDashboard'))
  }

  async program({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(AnalyticsPolicy).authorize('viewProgram')
    const program = await Program.find(params.id)
    if (!program) throw DomainError.notFound('program')
    const period = analyticsPeriod(await validateListQuery(request, analyticsPeriodValidator))
    const report = await programAnalytics(program, period)
    return response.success(AnalyticsTransformer.transform(report).useVariant('forProgram'))
  }

  async member({ params, request, response, bouncer }: HttpContext) {
    const member = await Member.find(params.id)
    if (!member || (await bouncer.with(AnalyticsPolicy).denies('viewMember', member))) {
      throw DomainError.notFound('member')
    }
    const period = analyticsPeriod(await validateListQuery(request, analyticsPeriodValidator))
    const report = await memberAnalytics(member, period)
    return response.success(AnalyticsTransformer.transform(report).useVariant('forMember'))
  }

  async coach({ params, request, response, bouncer }: HttpContext) {
    const coach = await User.query().where('id', params.id).where('role', 'coach').first()
    if (!coach) {
      // a member or another coach learns nothing about who is a coach
      await bouncer.with(AnalyticsPolicy).authorize('viewClub')
      throw DomainError.notFound('coach')
    }
    await bouncer.with(AnalyticsPolicy).authorize('viewCoach', coach)
    const period = analyticsPeriod(await validateListQuery(request, analyticsPeriodValidator))
    const report = await coachAnalytics(coach, period)
    return response.success(AnalyticsTransformer.transform(report).useVariant('forCoach'))
  }

  async bookings({ request, response, bouncer }: HttpContext) {
    await bouncer.with(AnalyticsPolicy).authorize('viewClub')
    const period = analyticsPeriod(await validateListQuery(request, analyticsPeriodValidator))
    const report = await bookingAnalytics(period)
    return response.success(AnalyticsTransformer.transform(report).useVariant('forBookings'))
  }
}
