import { transaction } from '#services/transaction'
import Room from '#models/room'
import DomainError from '#exceptions/domain_error'
import { isStillReferenced } from '#actions/schedule/schedule_rules'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface RoomInput {
  name: string
  capacity?: number | null
  description?: string | null
}

function attributes(input: Partial<RoomInput>) {
  return {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.capacity !== undefined && { capacity: input.capacity }),
    ...(input.description !== undefined && { description: input.description }),
  }
}

function duplicateName(error: unknown) {
  const pgError = error as { code?: string; constraint?: string }
  if (pgError.code === '23505' && pgError.constraint === 'rooms_name_unique') {
    return DomainError.invalid('name', 'taken')
  }
  return error
}

export async function createRoom(input: RoomInput) {
  try {
    return await Room.create({ capacity: null, description: null, ...attributes(input) })
  } catch (error) {
    throw duplicateName(error)
  }
}

export async function updateRoom(room: Room, input: Partial<RoomInput>, expected?: Precondition) {
  try {
    await transaction(async (trx) => {
      await lockCurrent(room, expected, trx)
      await room.merge(attributes(input)).save()
    })
    return room
  } catch (error) {
    throw duplicateName(error)
  }
}

/**
 * A room that sessions were held in stays (history)
 */
export async function deleteRoom(room: Room) {
  try {
    await transaction((trx) => room.useTransaction(trx).delete())
  } catch (error) {
    if (isStillReferenced(error)) {
      throw new DomainError('ROOM_IN_USE')
    }
    throw error
  }
}
