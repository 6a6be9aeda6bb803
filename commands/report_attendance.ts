import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'

/**
 * A month's attendance as CSV (UTF-8 with a byte order mark, for Excel):
 * to a file with --output, else to standard output
 */
export default class ReportAttendance extends BaseCommand {
  static commandName = 'report:attendance'
  static description = "Write a month's attendance as CSV (one row per member and session)"
  static help = [
    'November 2026 of one program, to a file:',
    '  {{ binaryName }} report:attendance --month=2026-11 --program=ARC-101 --output=nov.csv',
    '',
    'The month is in the club time zone (APP_TIMEZONE); without --output the CSV goes to',
    'standard output. --lang=id|en picks the language of the headers and statuses.',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.string({ description: 'The month (YYYY-MM)', required: true })
  declare month: string

  @flags.string({ description: "Only this program's sessions (its code)" })
  declare program?: string

  @flags.string({ description: 'Write to this file instead of standard output' })
  declare output?: string

  @flags.string({ description: 'Language of headers and statuses: id (default) or en' })
  declare lang?: string

  async run() {
    const { attendanceReportValidator } = await import('#validators/report')
    const { attendanceReport } = await import('#queries/reports/attendance_report')
    const { default: DomainError } = await import('#exceptions/domain_error')
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')

    const language =
      i18nManager.getSupportedLocaleFor([this.lang ?? '']) ?? i18nManager.defaultLocale
    const i18n = i18nManager.locale(language)
    try {
      const input = await attendanceReportValidator.validate({
        month: this.month,
        program: this.program,
      })
      const csv = await attendanceReport({ month: input.month, programCode: input.program }, i18n)
      if (this.output) {
        await pipeline(csv, createWriteStream(this.output))
        this.logger.success(`Attendance of ${input.month} written to ${this.output}`)
      } else {
        // Byte for byte (BOM, CRLF), so `> file.csv` is the same file as --output
        for await (const chunk of csv) {
          process.stdout.write(chunk)
        }
      }
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        for (const message of error.messages as { field: string; message: string }[]) {
          this.logger.error(`--${message.field}: ${message.message}`)
        }
        this.exitCode = 1
        return
      }
      if (error instanceof DomainError) {
        this.logger.error(`${error.code}: ${error.translate(i18nManager.locale('en')).message}`)
        this.exitCode = 1
        return
      }
      throw error
    }
  }
}
