import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import AnalyticsPolicy from '#policies/analytics_policy'
import { analyticsPeriod } from '#queries/analytics/period'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { dashboardAnalytics } from '#queries/analytics/dashboard'
import { coachAnalytics } from '#queries/analytics/coach'
import AnalyticsTransformer from '#transformers/analytics_transformer'
import { analyticsPeriodValidator } from '#validators/analytics'
import { barChart } from '#services/charts'
import { serialize } from '#services/serialize'
import DomainError from '#exceptions/domain_error'

interface Week {
  week_start: string
  recorded: number
  attended: number
  rate: number | null
}

/**
 * The analytics pages: the admin's (the club) and a coach's own, drawn from
 * the same queries and transformer as GET /api/v1/analytics/… (server-side
 * SVG charts, each with its table)
 */
export default class AnalyticsController {
  async admin({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(AnalyticsPolicy).authorize('viewClub')
    const { period, invalid } = await this.period(request.qs(), i18n)
    const report = await serialize(
      AnalyticsTransformer.transform(await dashboardAnalytics(period)).useVariant('forDashboard')
    )
    return view.render('pages/analytics/admin', {
      report,
      invalidPeriod: invalid,
      memberField: 'total',
      ...this.charts(report.trends, i18n.locale, 'total'),
    })
  }

  async coach({ auth, request, view, bouncer, i18n }: HttpContext) {
    const coach = auth.getUserOrFail()
    await bouncer.with(AnalyticsPolicy).authorize('viewCoach', coach)
    const { period, invalid } = await this.period(request.qs(), i18n)
    const report = await serialize(
      AnalyticsTransformer.transform(await coachAnalytics(coach, period)).useVariant('forCoach')
    )
    return view.render('pages/analytics/coach', {
      report,
      invalidPeriod: invalid,
      memberField: 'members',
      ...this.charts(report.trends, i18n.locale, 'members'),
    })
  }

  /**
   * The period of the query string; an invalid one falls back to the
   * default and says so (a page never answers 422)
   */
  private async period(
    qs: Record<string, unknown>,
    i18n: HttpContext['i18n']
  ): Promise<{ period: AnalyticsPeriod; invalid: boolean }> {
    const given = Object.fromEntries(
      Object.entries(qs).filter(([key, value]) => ['from', 'to'].includes(key) && value !== '')
    )
    const [error, input] = await analyticsPeriodValidator.tryValidate(given, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    if (!error) {
      try {
        return { period: analyticsPeriod(input), invalid: false }
      } catch (refusal) {
        if (!(refusal instanceof DomainError)) throw refusal
      }
    }
    return { period: analyticsPeriod({}), invalid: true }
  }

  private charts(
    trends: {
      attendance_per_week: Week[]
      bookings_per_program: { total: number; cancelled: number }[]
      members_per_month: ({ month: string } & Record<string, number | string>)[]
    },
    locale: string,
    memberField: 'total' | 'members'
  ) {
    const local = (date: string) => DateTime.fromISO(date, { zone: timezone }).setLocale(locale)
    const held = trends.bookings_per_program.map((row) => row.total - row.cancelled)
    return {
      attendanceChart: barChart(
        trends.attendance_per_week.map((week) => ({
          value: week.rate,
          label: local(week.week_start).toFormat('d/M'),
        })),
        { max: 1 }
      ),
      membersChart: barChart(
        trends.members_per_month.map((row) => ({
          value: Number(row[memberField]),
          label: local(`${row.month}-01`).toFormat('LLL'),
        }))
      ),
      mostBooked: Math.max(1, ...held),
    }
  }
}
