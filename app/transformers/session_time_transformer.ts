import { BaseTransformer } from '@adonisjs/core/transformers'
import type SessionTime from '#models/session_time'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

/**
 * A named daily slot; times are "HH:mm" in the club's time zone
 */
export default class SessionTimeTransformer extends BaseTransformer<SessionTime> {
  static shapes: TransformerShapes<'toObject' | 'forSummary'> = {
    toObject: {
      name: 'SessionTime',
      schema: s.object({
        id: s.uuid(),
        label: s.string({ example: 'Pagi' }),
        start_time: s.time({ example: '07:00' }),
        end_time: s.time({ example: '09:00' }),
        created_at: s.dateTime(),
        updated_at: s.dateTime(),
      }),
    },
    forSummary: {
      name: 'SessionTimeSummary',
      schema: s.object({
        id: s.uuid(),
        label: s.string(),
        start_time: s.time(),
        end_time: s.time(),
      }),
    },
  }

  toObject() {
    const slot = this.resource
    return {
      ...this.forSummary(),
      created_at: iso(slot.createdAt),
      updated_at: iso(slot.updatedAt),
    }
  }

  forSummary() {
    const slot = this.resource
    return {
      id: slot.id,
      label: slot.label,
      start_time: slot.startsAtLocal,
      end_time: slot.endsAtLocal,
    }
  }
}
