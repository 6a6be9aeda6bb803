import type { HttpContext } from '@adonisjs/core/http'
import Room from '#models/room'
import RoomPolicy from '#policies/room_policy'
import { createRoom, deleteRoom, updateRoom } from '#actions/schedule/save_room'
import { preconditionOf, sendVersion } from '#services/preconditions'
import { listRooms, roomUpcomingSessions } from '#queries/schedule/list_catalogue'
import RoomTransformer from '#transformers/room_transformer'
import { createRoomValidator, listRoomsValidator, updateRoomValidator } from '#validators/room'
import { validateListQuery } from '#services/pagination'

/**
 * /api/v1/rooms — staff read, admins manage
 */
export default class RoomsController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('viewAny')
    const filters = await validateListQuery(request, listRoomsValidator)
    const { rooms, meta } = await listRooms(filters)
    return response.success(RoomTransformer.transform(rooms), { meta })
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('viewAny')
    const room = await Room.findOrFail(params.id)
    const upcoming = await roomUpcomingSessions(room.id)
    sendVersion(response, room)
    return response.success(RoomTransformer.transform(room, upcoming).useVariant('forDetail'))
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    const input = await request.validateUsing(createRoomValidator)
    const room = await createRoom(input)
    return response.success(RoomTransformer.transform(room), {
      status: 201,
      message: 'api.room_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    const room = await Room.findOrFail(params.id)
    const input = await request.validateUsing(updateRoomValidator, { meta: { roomId: room.id } })
    await updateRoom(room, input, preconditionOf(request))
    sendVersion(response, room)
    return response.success(RoomTransformer.transform(room), { message: 'api.room_updated' })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    const room = await Room.findOrFail(params.id)
    await deleteRoom(room)
    return response.success(null, { message: 'api.room_deleted' })
  }
}
