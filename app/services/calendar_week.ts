import { DateTime } from 'luxon'
import { timezone } from '#config/app'

export interface CalendarWeek {
  /**
   * Monday 00:00 of the week, club time
   */
  from: DateTime
  /**
   * The next Monday 00:00 (exclusive)
   */
  to: DateTime
  /**
   * The day a phone shows: the asked date, else today when it is in the
   * week, else the Monday
   */
  selected: DateTime
  /**
   * "2026-W49"
   */
  isoWeek: string
  today: DateTime
}

export const isoWeekOf = (day: DateTime) => day.toFormat("kkkk-'W'WW")

/**
 * The week a calendar shows, in the club's time zone: `date` (YYYY-MM-DD)
 * wins over `week` (2026-W49); neither (or one that is no real day or
 * week) is this week
 */
export function calendarWeek(
  input: { week?: string; date?: string },
  now: DateTime<boolean> = DateTime.now()
) {
  const today = now.setZone(timezone).startOf('day')
  const date = input.date ? DateTime.fromISO(input.date, { zone: timezone }) : null
  const week = input.week ? DateTime.fromISO(input.week, { zone: timezone }) : null
  const anchor = date?.isValid ? date : week?.isValid ? week : today
  const from = anchor.startOf('week')
  const to = from.plus({ weeks: 1 })
  let selected = from
  if (date?.isValid) {
    selected = date.startOf('day')
  } else if (today >= from && today < to) {
    selected = today
  }
  return { from, to, selected, isoWeek: isoWeekOf(from), today } satisfies CalendarWeek
}
