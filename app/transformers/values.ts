import type { DateTime } from 'luxon'

/**
 * An instant as ISO-8601 UTC (`2026-12-01T02:00:00.000Z`), null stays null
 */
export function iso(value: DateTime): string
export function iso(value: DateTime | null | undefined): string | null
export function iso(value: DateTime | null | undefined) {
  return value ? value.toUTC().toISO() : null
}
