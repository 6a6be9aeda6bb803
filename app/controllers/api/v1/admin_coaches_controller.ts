import type { HttpContext } from '@adonisjs/core/http'
import CoachPolicy from '#policies/coach_policy'
import { createCoach, deactivateCoach, updateCoach } from '#actions/schedule/save_coach'
import { preconditionOf, sendVersion } from '#services/preconditions'
import { findCoachOrFail, listCoaches } from '#queries/schedule/list_coaches'
import CoachTransformer, { coachRow } from '#transformers/coach_transformer'
import { createCoachValidator, listCoachesValidator, updateCoachValidator } from '#validators/coach'
import { validateListQuery } from '#services/pagination'

/**
 * /api/v1/admin/coaches — coach accounts and their profiles (admins)
 */
export default class AdminCoachesController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const filters = await validateListQuery(request, listCoachesValidator)
    const { profiles, meta } = await listCoaches(filters, { admin: true })
    return response.success(
      CoachTransformer.transform(profiles.map(coachRow)).useVariant('forAdmin'),
      { meta }
    )
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const profile = await findCoachOrFail(params.id, { admin: true })
    sendVersion(response, profile.user)
    return response.success(CoachTransformer.transform(coachRow(profile)).useVariant('forAdmin'))
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const input = await request.validateUsing(createCoachValidator)
    const { user, profile } = await createCoach(input)
    return response.success(CoachTransformer.transform({ user, profile }).useVariant('forAdmin'), {
      status: 201,
      message: 'api.coach_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const { user } = await findCoachOrFail(params.id, { admin: true })
    const input = await request.validateUsing(updateCoachValidator, { meta: { coachId: user.id } })
    const { profile } = await updateCoach(user, input, preconditionOf(request))
    sendVersion(response, user)
    return response.success(CoachTransformer.transform({ user, profile }).useVariant('forAdmin'), {
      message: 'api.coach_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(CoachPolicy).authorize('manage')
    const { user } = await findCoachOrFail(params.id, { admin: true })
    const { profile } = await deactivateCoach(user)
    return response.success(CoachTransformer.transform({ user, profile }).useVariant('forAdmin'), {
      message: 'api.coach_deactivated',
    })
  }
}
