import type { HttpContext } from '@adonisjs/core/http'
import SessionTime from '#models/session_time'
import SessionTimePolicy from '#policies/session_time_policy'
import {
  createSessionTime,
  deleteSessionTime,
  updateSessionTime,
} from '#actions/schedule/save_session_time'
import { listSessionTimes } from '#queries/schedule/list_catalogue'
import SessionTimeTransformer from '#transformers/session_time_transformer'
import {
  createSessionTimeValidator,
  listSessionTimesValidator,
  updateSessionTimeValidator,
} from '#validators/session_time'
import { validateListQuery } from '#services/pagination'
import { preconditionOf, sendVersion } from '#services/preconditions'

/**
 * /api/v1/session-times — named daily slots: anyone signed in reads,
 * admins manage
 */
export default class SessionTimesController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('viewAny')
    const filters = await validateListQuery(request, listSessionTimesValidator)
    const { sessionTimes, meta } = await listSessionTimes(filters)
    return response.success(SessionTimeTransformer.transform(sessionTimes), { meta })
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('viewAny')
    const slot = await SessionTime.findOrFail(params.id)
    sendVersion(response, slot)
    return response.success(SessionTimeTransformer.transform(slot))
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const input = await request.validateUsing(createSessionTimeValidator)
    const slot = await createSessionTime(input)
    return response.success(SessionTimeTransformer.transform(slot), {
      status: 201,
      message: 'api.session_time_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const slot = await SessionTime.findOrFail(params.id)
    const input = await request.validateUsing(updateSessionTimeValidator, {
      meta: { sessionTimeId: slot.id },
    })
    await updateSessionTime(slot, input, preconditionOf(request))
    sendVersion(response, slot)
    return response.success(SessionTimeTransformer.transform(slot), {
      message: 'api.session_time_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const slot = await SessionTime.findOrFail(params.id)
    await deleteSessionTime(slot)
    return response.success(null, { message: 'api.session_time_deleted' })
  }
}
