import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'
import { timezone as clubTimezone } from '#config/app'
import { isUuid } from '#services/ids'

/**
 * Generates a recurring batch of training sessions from the command line,
 * through the same validator and action as POST /training-sessions/series.
 */
export default class SessionsGenerate extends BaseCommand {
  static commandName = 'sessions:generate'
  static description =
    'Create a recurring series of training sessions (weekdays, local time, date range)'
  static help = [
    'Every Monday and Wednesday of March, 16:00–17:30 club time, in Lapangan A:',
    '  {{ binaryName }} sessions:generate --coach=coach@latih.test --room="Lapangan A" \\',
    '    --program=ARC-101 --weekdays=mon,wed --from=2030-03-01 --to=2030-03-31 \\',
    '    --start=16:00 --end=17:30 --capacity=12 --on-conflict=skip',
    '',
    '--coach takes an email or an id, --room a name or an id, --program a code or an id.',
    'With --on-conflict=fail (default) one clash creates nothing; with skip the clashing',
    'dates are left out and listed.',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.string({ description: 'The coach: email or id', required: true })
  declare coach: string

  @flags.string({
    description: 'Weekdays, comma separated: mon,tue,wed,thu,fri,sat,sun',
    required: true,
  })
  declare weekdays: string

  @flags.string({ description: 'First date (YYYY-MM-DD)', required: true })
  declare from: string

  @flags.string({ description: 'Last date (YYYY-MM-DD)', required: true })
  declare to: string

  @flags.string({ description: 'Local start time (HH:mm)', required: true })
  declare start: string

  @flags.string({ description: 'Local end time (HH:mm)', required: true })
  declare end: string

  @flags.string({ description: 'The room: name or id' })
  declare room?: string

  @flags.string({ description: 'The program: code or id' })
  declare program?: string

  @flags.number({ description: 'Seats per session' })
  declare capacity?: number

  @flags.string({ description: 'training, coaching or mentoring (default training)' })
  declare kind?: string

  @flags.string({ description: 'Title of the sessions (default: the program name)' })
  declare title?: string

  @flags.string({ description: `IANA time zone of the local times (default ${clubTimezone})` })
  declare timezone?: string

  @flags.string({ flagName: 'on-conflict', description: 'fail (default) or skip' })
  declare onConflict?: string

  @flags.boolean({ description: 'Publish the sessions as open for booking at once' })
  declare open?: boolean

  protected fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }

  /**
   * An id from an id or a natural key (email, room name, program code)
   */
  protected async lookup(table: string, column: string, value: string) {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const query = db.from(table).select('id')
    const row = isUuid(value)
      ? await query.where('id', value).first()
      : await query.where(column, value).first()
    return row?.id as string | undefined
  }

  async run() {
    const { createSessionSeriesValidator } = await import('#validators/session_series')
    const { createSessionSeries } = await import('#actions/schedule/create_session_series')
    const { default: DomainError } = await import('#exceptions/domain_error')
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')

    const coachId = await this.lookup('users', 'email', this.coach)
    if (!coachId) return this.fail(`No account found for --coach=${this.coach}`)
    const roomId = this.room ? await this.lookup('rooms', 'name', this.room) : undefined
    if (this.room && !roomId) return this.fail(`No room found for --room=${this.room}`)
    const programId = this.program ? await this.lookup('programs', 'code', this.program) : undefined
    if (this.program && !programId)
      return this.fail(`No program found for --program=${this.program}`)

    try {
      const input = await createSessionSeriesValidator.validate({
        coach_id: coachId,
        room_id: roomId,
        program_id: programId,
        weekdays: this.weekdays
          .split(',')
          .map((day) => day.trim().toLowerCase())
          .filter(Boolean),
        starts_on: this.from,
        ends_on: this.to,
        start_time: this.start,
        end_time: this.end,
        capacity: this.capacity,
        kind: this.kind,
        title: this.title,
        timezone: this.timezone,
        on_conflict: this.onConflict,
        status: this.open ? 'open' : undefined,
      })
      const { series, created, skipped } = await createSessionSeries({
        ...input,
        coach_id: coachId,
      })

      this.logger.success(
        `Series ${series.id}: ${created.length} sessions created, ${skipped.length} skipped`
      )
      if (created.length > 0 || skipped.length > 0) {
        const table = this.ui.table().head(['Date', 'Start', 'End', 'Result'])
        const zone = series.timezone
        for (const session of created) {
          table.row([
            session.startsAt.setZone(zone).toISODate()!,
            session.startsAt.setZone(zone).toFormat('HH:mm'),
            session.endsAt.setZone(zone).toFormat('HH:mm'),
            'created',
          ])
        }
        for (const entry of skipped) {
          const clash = entry.conflict ? ` (“${entry.conflict.title}”)` : ''
          table.row([
            entry.date,
            series.startTime.slice(0, 5),
            series.endTime.slice(0, 5),
            `skipped: ${entry.reason}${clash}`,
          ])
        }
        table.render()
      }
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        for (const message of error.messages as { field: string; message: string }[]) {
          this.logger.error(`${message.field}: ${message.message}`)
        }
        this.exitCode = 1
        return
      }
      if (error instanceof DomainError) {
        const { message, errors } = error.translate(i18nManager.locale('en'))
        this.logger.error(`${error.code}: ${message}`)
        for (const [field, messages] of Object.entries(errors ?? {})) {
          this.logger.error(`${field}: ${messages.join(', ')}`)
        }
        this.exitCode = 1
        return
      }
      throw error
    }
  }
}
