import type { HttpContext } from '@adonisjs/core/http'
import Room from '#models/room'
import RoomPolicy from '#policies/room_policy'
import { createRoom, deleteRoom, updateRoom } from '#actions/schedule/save_room'
import { formVersion, preconditionOf } from '#services/preconditions'
import { listRooms } from '#queries/schedule/list_catalogue'
import RoomTransformer from '#transformers/room_transformer'
import { serialize } from '#services/serialize'
import { createRoomValidator, listRoomsValidator, updateRoomValidator } from '#validators/room'

/**
 * Admin screens for the rooms sessions take place in
 */
export default class AdminRoomsController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    const [invalid, parsed] = await listRoomsValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { rooms, meta } = await listRooms(filters)
    return view.render('pages/admin/rooms/index', {
      filters,
      meta,
      rooms: await serialize(RoomTransformer.transform(rooms)),
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    return view.render('pages/admin/rooms/form', { room: null })
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, session, i18n } = ctx
    await bouncer.with(RoomPolicy).authorize('manage')
    const input = await request.validateUsing(createRoomValidator)
    const room = await createRoom(input)
    session.flash('success', i18n.t('schedule.flash.room_saved', { name: room.name }))
    return response.redirect().toRoute('admin.rooms.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    const room = await Room.findOrFail(params.id)
    return view.render('pages/admin/rooms/form', {
      room: await serialize(RoomTransformer.transform(room)),
      version: formVersion(room),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    await bouncer.with(RoomPolicy).authorize('manage')
    const room = await Room.findOrFail(params.id)
    const input = await request.validateUsing(updateRoomValidator, { meta: { roomId: room.id } })
    await updateRoom(room, input, preconditionOf(request))
    session.flash('success', i18n.t('schedule.flash.room_saved', { name: room.name }))
    return response.redirect().toRoute('admin.rooms.index')
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    const room = await Room.findOrFail(params.id)
    await deleteRoom(room)
    session.flash('success', i18n.t('schedule.flash.room_deleted', { name: room.name }))
    return response.redirect().toRoute('admin.rooms.index')
  }
}
