import type { DateTime } from 'luxon'
import { timezone } from '#config/app'

/**
 * An instant as ISO-8601 UTC (`2026-12-01T02:00:00.000Z`), null stays null
 */
export function iso(value: DateTime): string
export function iso(value: DateTime | null | undefined): string | null
export function iso(value: DateTime | null | undefined) {
  return value ? value.toUTC().toISO() : null
}

/**
 * A session's wall-clock span in the club's time zone: "07:00–08:30"
 */
export function localTimeSpan(startsAt: DateTime, endsAt: DateTime) {
  const zone = timezone
  return `${startsAt.setZone(zone).toFormat('HH:mm')}–${endsAt.setZone(zone).toFormat('HH:mm')}`
}
