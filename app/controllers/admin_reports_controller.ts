import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { attendanceDownloadValidator, membersDownloadValidator } from '#validators/report'
import { attendanceFileName, attendanceReport } from '#queries/reports/attendance_report'
import { membersFileName, membersReport } from '#queries/reports/members_report'
import { bookingsFileName, bookingsReport } from '#queries/reports/bookings_report'
import { analyticsPeriodValidator } from '#validators/analytics'
import { analyticsPeriod } from '#queries/analytics/period'
import type { csvStream } from '#services/csv'

/**
 * Reports an admin downloads as spreadsheets
 */
export default class AdminReportsController {
  /**
   * GET /admin/reports/attendance.csv?month=YYYY-MM&program=CODE: a
   * month's attendance (this month when none is given), streamed
   */
  async attendance({ bouncer, request, response, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(attendanceDownloadValidator, {
      data: request.qs(),
    })
    const report = {
      month: input.month ?? DateTime.now().setZone(timezone).toFormat('yyyy-MM'),
      programCode: input.program,
    }
    const stream = await attendanceReport(report, i18n)
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', `attachment; filename="${attendanceFileName(report)}"`)
    response.header('Cache-Control', 'no-store')
    response.stream(stream)
  }

  /**
   * GET /admin/reports/members.csv?status=: every member with their
   * account's contacts, by name
   */
  async members({ bouncer, request, response, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(membersDownloadValidator, { data: request.qs() })
    this.download(response, membersFileName(input), membersReport(input, i18n))
  }

  /**
   * GET /admin/reports/bookings.csv?from=&to=: the bookings of the
   * sessions of a period of club dates (this month when none is given)
   */
  async bookings({ bouncer, request, response, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(analyticsPeriodValidator, { data: request.qs() })
    // one end alone: the rest of its month; none: this month
    const anchor = input.from ?? input.to
    const month = anchor
      ? DateTime.fromISO(anchor, { zone: timezone })
      : DateTime.now().setZone(timezone)
    const period = analyticsPeriod({
      from: input.from ?? month.startOf('month').toISODate()!,
      to: input.to ?? month.endOf('month').toISODate()!,
    })
    this.download(response, bookingsFileName(period), bookingsReport(period, i18n))
  }

  private download(
    response: HttpContext['response'],
    fileName: string,
    stream: ReturnType<typeof csvStream>
  ) {
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', `attachment; filename="${fileName}"`)
    response.header('Cache-Control', 'no-store')
    response.stream(stream)
  }
}
