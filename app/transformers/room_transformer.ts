import type Room from '#models/room'

/**
 * The JSON shapes of a room
 */
export function serializeRoom(room: Room) {
  return {
    id: room.id,
    name: room.name,
    capacity: room.capacity,
    description: room.description,
    created_at: room.createdAt.toUTC().toISO(),
    updated_at: room.updatedAt.toUTC().toISO(),
  }
}

export function serializeRoomSummary(room: Room) {
  return { id: room.id, name: room.name, capacity: room.capacity }
}
