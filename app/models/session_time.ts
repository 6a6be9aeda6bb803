import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { SessionTimeSchema } from '#database/schema'

/**
 * A named daily slot ("Pagi", 07:00–09:00, club time) that coaches pick
 * to create a session from a slot and a date.
 */
export default class SessionTime extends compose(SessionTimeSchema, Auditable) {
  /**
   * "07:00" rather than Postgres' "07:00:00"
   */
  get startsAtLocal() {
    return this.startTime.slice(0, 5)
  }

  get endsAtLocal() {
    return this.endTime.slice(0, 5)
  }
}
