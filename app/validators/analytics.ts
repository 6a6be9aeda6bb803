import vine from '@vinejs/vine'
import { DateTime } from 'luxon'

const asIso = (value: Date) => DateTime.fromJSDate(value).toISODate()!
const clubDate = () => vine.date({ formats: ['YYYY-MM-DD'] }).transform(asIso)

/**
 * Every analytics report (API and pages): a period of club dates, both
 * ends included; either end may be left out (app/queries/analytics/period.ts
 * gives the defaults)
 */
export const analyticsPeriodValidator = vine.create(
  vine.object({
    from: clubDate().optional(),
    to: clubDate().optional(),
  })
)
