import type { HttpContext } from '@adonisjs/core/http'
import { coachSlots, findCoachOrFail, listCoaches } from '#queries/schedule/list_coaches'
import CoachTransformer, { coachRow } from '#transformers/coach_transformer'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { coachSlotsValidator, listCoachesValidator } from '#validators/coach'
import { validateListQuery } from '#services/pagination'

/**
 * /api/v1/coaches — public coach profiles and their bookable mentoring slots
 */
export default class CoachesController {
  async index({ request, response }: HttpContext) {
    const filters = await validateListQuery(request, listCoachesValidator)
    const { profiles, meta } = await listCoaches(filters, { admin: false })
    return response.success(CoachTransformer.transform(profiles.map(coachRow)), { meta })
  }

  async show({ params, response }: HttpContext) {
    const profile = await findCoachOrFail(params.id, { admin: false })
    return response.success(CoachTransformer.transform(coachRow(profile)))
  }

  async slots({ params, request, response }: HttpContext) {
    const profile = await findCoachOrFail(params.id, { admin: false })
    const filters = await validateListQuery(request, coachSlotsValidator)
    const { slots, meta } = await coachSlots(profile.userId, filters)
    return response.success(TrainingSessionTransformer.transform(slots), { meta })
  }
}
