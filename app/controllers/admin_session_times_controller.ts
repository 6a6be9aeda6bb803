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
import { serialize } from '#services/serialize'
import {
  createSessionTimeValidator,
  listSessionTimesValidator,
  updateSessionTimeValidator,
} from '#validators/session_time'
import { formVersion, preconditionOf } from '#services/preconditions'

/**
 * Admin screens for the named daily slots coaches create sessions from
 */
export default class AdminSessionTimesController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const [invalid, parsed] = await listSessionTimesValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { sessionTimes, meta } = await listSessionTimes(filters)
    return view.render('pages/admin/session_times/index', {
      filters,
      meta,
      slots: await serialize(SessionTimeTransformer.transform(sessionTimes)),
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    return view.render('pages/admin/session_times/form', { slot: null })
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, session, i18n } = ctx
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const input = await request.validateUsing(createSessionTimeValidator)
    const slot = await createSessionTime(input)
    session.flash('success', i18n.t('schedule.flash.slot_saved', { label: slot.label }))
    return response.redirect().toRoute('admin.session_times.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const slot = await SessionTime.findOrFail(params.id)
    return view.render('pages/admin/session_times/form', {
      slot: await serialize(SessionTimeTransformer.transform(slot)),
      version: formVersion(slot),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const slot = await SessionTime.findOrFail(params.id)
    const input = await request.validateUsing(updateSessionTimeValidator, {
      meta: { sessionTimeId: slot.id },
    })
    await updateSessionTime(slot, input, preconditionOf(request))
    session.flash('success', i18n.t('schedule.flash.slot_saved', { label: slot.label }))
    return response.redirect().toRoute('admin.session_times.index')
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(SessionTimePolicy).authorize('manage')
    const slot = await SessionTime.findOrFail(params.id)
    await deleteSessionTime(slot)
    session.flash('success', i18n.t('schedule.flash.slot_deleted', { label: slot.label }))
    return response.redirect().toRoute('admin.session_times.index')
  }
}
