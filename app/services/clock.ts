import { DateTime } from 'luxon'

let frozen: DateTime | null = null

/**
 * "Now" for publish gating (news from their publish time, achievements
 * from their date): one place, so tests move time instead of sleeping.
 *
 *   clock.travelTo(DateTime.now().plus({ hours: 2 }))   // in a test
 *   clock.reset()
 */
export const clock = {
  now(): DateTime {
    return frozen ?? DateTime.now()
  },
  travelTo(moment: DateTime) {
    frozen = moment
  },
  reset() {
    frozen = null
  },
}
