import { BaseTransformer } from '@adonisjs/core/transformers'
import type Room from '#models/room'
import type TrainingSession from '#models/training_session'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const roomSchema = s.object({
  id: s.uuid(),
  name: s.string({ example: 'Lapangan A' }),
  capacity: s.nullable(s.integer()),
  description: s.nullable(s.string()),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
})

/**
 * A room: the full record for staff, its detail with the upcoming sessions
 * it holds (passed as the second argument; seed 004 §4A.2), a summary
 * inside a session
 */
export default class RoomTransformer extends BaseTransformer<Room> {
  static shapes: TransformerShapes<'toObject' | 'forDetail' | 'forSummary'> = {
    toObject: { name: 'Room', schema: roomSchema },
    forDetail: {
      name: 'RoomDetail',
      schema: s.extend(roomSchema, {
        upcoming_sessions: s.array(s.ref('TrainingSession'), {
          description:
            'Its next sessions (not cancelled, starting after now), soonest first, at most 20',
        }),
      }),
    },
    forSummary: {
      name: 'RoomSummary',
      schema: s.object({
        id: s.uuid(),
        name: s.string(),
        capacity: s.nullable(s.integer()),
      }),
    },
  }

  constructor(
    resource: Room,
    protected upcoming: TrainingSession[] = []
  ) {
    super(resource)
  }

  toObject() {
    const room = this.resource
    return {
      id: room.id,
      name: room.name,
      capacity: room.capacity,
      description: room.description,
      created_at: iso(room.createdAt),
      updated_at: iso(room.updatedAt),
    }
  }

  forDetail() {
    return {
      ...this.toObject(),
      // nested one level down: its own coach, program and room need depth 2
      upcoming_sessions: TrainingSessionTransformer.transform(this.upcoming).depth(2),
    }
  }

  forSummary() {
    return this.pick(this.resource, ['id', 'name', 'capacity'])
  }
}
