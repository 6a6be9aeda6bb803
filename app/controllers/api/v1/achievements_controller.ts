import type { HttpContext } from '@adonisjs/core/http'
import { validateListQuery } from '#services/pagination'
import { findPublicAchievement, listPublicAchievements } from '#queries/content/achievements'
import AchievementTransformer from '#transformers/achievement_transformer'
import { listAchievementsValidator } from '#validators/content'

/**
 * /api/v1/achievements — achievements whose date has come (public)
 */
export default class AchievementsController {
  async index({ request, response }: HttpContext) {
    const filters = await validateListQuery(request, listAchievementsValidator)
    const { achievements, meta } = await listPublicAchievements(filters)
    return response.success(AchievementTransformer.transform(achievements), { meta })
  }

  async show({ params, response }: HttpContext) {
    const achievement = await findPublicAchievement(params.id)
    return response.success(AchievementTransformer.transform(achievement))
  }
}
