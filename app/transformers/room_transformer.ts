import { BaseTransformer } from '@adonisjs/core/transformers'
import type Room from '#models/room'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

/**
 * A room: the full record for staff, a summary inside a session
 */
export default class RoomTransformer extends BaseTransformer<Room> {
  static shapes: TransformerShapes<'toObject' | 'forSummary'> = {
    toObject: {
      name: 'Room',
      schema: s.object({
        id: s.uuid(),
        name: s.string({ example: 'Lapangan A' }),
        capacity: s.nullable(s.integer()),
        description: s.nullable(s.string()),
        created_at: s.dateTime(),
        updated_at: s.dateTime(),
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

  forSummary() {
    return this.pick(this.resource, ['id', 'name', 'capacity'])
  }
}
