import type { HttpContext } from '@adonisjs/core/http'
import CoachPolicy from '#policies/coach_policy'
import { createCoach, deactivateCoach, updateCoach } from '#actions/schedule/save_coach'
import { formVersion, preconditionOf } from '#services/preconditions'
import { findCoachOrFail, listCoaches } from '#queries/schedule/list_coaches'
import { createCoachValidator, listCoachesValidator, updateCoachValidator } from '#validators/coach'
import CoachTransformer, { coachRow } from '#transformers/coach_transformer'
import { serialize } from '#services/serialize'

const STATUSES = ['active', 'inactive', 'suspended'] as const

/**
 * Admin screens for coach accounts and their public profiles
 */
export default class AdminCoachesController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const [invalid, parsed] = await listCoachesValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { profiles, meta } = await listCoaches(filters, { admin: true })
    return view.render('pages/admin/coaches/index', {
      filters,
      meta,
      statuses: STATUSES,
      coaches: await serialize(
        CoachTransformer.transform(profiles.map(coachRow)).useVariant('forAdmin')
      ),
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    return view.render('pages/admin/coaches/form', { coach: null, statuses: STATUSES })
  }

  async store({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const input = await request.validateUsing(createCoachValidator)
    const { user } = await createCoach(input)
    session.flash('success', i18n.t('schedule.flash.coach_saved', { name: user.name }))
    return response.redirect().toRoute('admin.coaches.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const profile = await findCoachOrFail(params.id, { admin: true })
    return view.render('pages/admin/coaches/form', {
      coach: await serialize(CoachTransformer.transform(coachRow(profile)).useVariant('forAdmin')),
      version: formVersion(profile.user),
      statuses: STATUSES,
    })
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const { user } = await findCoachOrFail(params.id, { admin: true })
    const input = await request.validateUsing(updateCoachValidator, { meta: { coachId: user.id } })
    await updateCoach(user, input, preconditionOf(request))
    session.flash('success', i18n.t('schedule.flash.coach_saved', { name: user.name }))
    return response.redirect().toRoute('admin.coaches.index')
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const { user } = await findCoachOrFail(params.id, { admin: true })
    await deactivateCoach(user)
    session.flash('success', i18n.t('schedule.flash.coach_deactivated', { name: user.name }))
    return response.redirect().toRoute('admin.coaches.index')
  }
}
