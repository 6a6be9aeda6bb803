import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { attendanceDownloadValidator } from '#validators/report'
import { attendanceFileName, attendanceReport } from '#queries/reports/attendance_report'

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
}
