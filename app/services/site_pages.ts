import { DateTime } from 'luxon'
import { timezone } from '#config/app'

/**
 * What the site's pages add to the transformers' JSON: dates written in
 * the reader's language and the club's time zone (never ISO on a page)
 */
export function localMoment(value: string | null, locale: string) {
  if (!value) return null
  return DateTime.fromISO(value, { zone: 'utc' })
    .setZone(timezone)
    .setLocale(locale)
    .toLocaleString(DateTime.DATETIME_MED)
}

export function localDay(value: string | null, locale: string) {
  if (!value) return null
  return DateTime.fromISO(value, { zone: timezone })
    .setLocale(locale)
    .toLocaleString(DateTime.DATE_FULL)
}

/**
 * The value of a datetime-local input for an instant: club time, minutes
 */
export function localInput(value: string | null) {
  if (!value) return null
  return DateTime.fromISO(value, { zone: 'utc' }).setZone(timezone).toFormat("yyyy-MM-dd'T'HH:mm")
}

export function withNewsLabels<T extends { publish_at: string | null }>(rows: T[], locale: string) {
  return rows.map((row) => ({ ...row, published_label: localMoment(row.publish_at, locale) }))
}

export function withAchievementLabels<T extends { date: string }>(rows: T[], locale: string) {
  return rows.map((row) => ({ ...row, date_label: localDay(row.date, locale) }))
}
