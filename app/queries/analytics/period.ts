import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import { parseBound } from '#queries/schedule/list_training_sessions'

/**
 * The period of a report: club dates, both included, and the instants
 * they bound (`start` the first moment of `from`, `end` the first moment
 * after `to`, so every query reads `>= start AND < end`)
 */
export interface AnalyticsPeriod {
  from: string
  to: string
  start: DateTime
  end: DateTime
}

/**
 * How long a period may be: ten years of club dates
 */
export const MAX_PERIOD_DAYS = 3660

/**
 * `from`/`to` as club dates (APP_TIMEZONE). Without them: the twelve
 * calendar months up to the end of this one (`from` the first of the month
 * eleven months ago, `to` the last day of this month); one end alone keeps
 * the other's default. `to` before `from` or a period longer than ten
 * years is a 422.
 */
export function analyticsPeriod(
  input: { from?: string; to?: string },
  now = DateTime.now()
): AnalyticsPeriod {
  const month = now.setZone(timezone).startOf('month')
  const from = input.from ?? month.minus({ months: 11 }).toISODate()!
  const to = input.to ?? month.endOf('month').toISODate()!
  const start = parseBound(from, 'start')
  const end = parseBound(to, 'start').plus({ days: 1 })
  if (end <= start) {
    throw DomainError.invalid('to', 'range_end_before_start')
  }
  if (end.diff(start, 'days').days > MAX_PERIOD_DAYS) {
    throw DomainError.invalid('from', 'range_too_long', { days: MAX_PERIOD_DAYS })
  }
  return { from, to, start, end }
}

/**
 * The bindings every analytics query shares
 */
export function periodBindings(period: AnalyticsPeriod) {
  return { start: period.start.toJSDate(), end: period.end.toJSDate(), zone: timezone }
}

/**
 * This local month and today, as instants [start, end)
 */
export function calendarNow(now = DateTime.now()) {
  const local = now.setZone(timezone)
  const month = local.startOf('month')
  const day = local.startOf('day')
  return {
    now: local,
    monthStart: month.toJSDate(),
    monthEnd: month.plus({ months: 1 }).toJSDate(),
    dayStart: day.toJSDate(),
    dayEnd: day.plus({ days: 1 }).toJSDate(),
  }
}

/**
 * attended / recorded as a fraction 0–1 (four decimals), null when
 * nothing was recorded
 */
export function rate(attended: number, recorded: number) {
  return recorded === 0 ? null : Math.round((attended / recorded) * 10000) / 10000
}

/**
 * The local months of the period, oldest first ("2026-01")
 */
export function monthsOf(period: AnalyticsPeriod) {
  const months: string[] = []
  let cursor = period.start.startOf('month')
  while (cursor < period.end) {
    months.push(cursor.toFormat('yyyy-MM'))
    cursor = cursor.plus({ months: 1 })
  }
  return months
}

/**
 * The local weeks (their Mondays) the period touches, oldest first
 */
export function weeksOf(period: AnalyticsPeriod) {
  const weeks: string[] = []
  let cursor = period.start.startOf('week')
  while (cursor < period.end) {
    weeks.push(cursor.toISODate()!)
    cursor = cursor.plus({ weeks: 1 })
  }
  return weeks
}
