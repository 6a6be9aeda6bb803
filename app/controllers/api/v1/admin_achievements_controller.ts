import type { HttpContext } from '@adonisjs/core/http'
import ContentPolicy from '#policies/content_policy'
import { validateListQuery } from '#services/pagination'
import { findAchievement, listAdminAchievements } from '#queries/content/achievements'
import {
  createAchievement,
  deleteAchievement,
  updateAchievement,
} from '#actions/content/save_achievement'
import AchievementTransformer from '#transformers/achievement_transformer'
import {
  createAchievementValidator,
  listAchievementsValidator,
  updateAchievementValidator,
} from '#validators/content'

/**
 * /api/v1/admin/achievements — every achievement, also future ones; JSON
 * or multipart (the photo is the file `photo`)
 */
export default class AdminAchievementsController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const filters = await validateListQuery(request, listAchievementsValidator)
    const { achievements, meta } = await listAdminAchievements(filters)
    return response.success(AchievementTransformer.transform(achievements).useVariant('forAdmin'), {
      meta,
    })
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const achievement = await findAchievement(params.id)
    return response.success(AchievementTransformer.transform(achievement).useVariant('forAdmin'))
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const input = await request.validateUsing(createAchievementValidator)
    const created = await createAchievement(input, request.file('photo'))
    const achievement = await findAchievement(created.id)
    return response.success(AchievementTransformer.transform(achievement).useVariant('forAdmin'), {
      status: 201,
      message: 'api.achievement_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const achievement = await findAchievement(params.id)
    const input = await request.validateUsing(updateAchievementValidator)
    await updateAchievement(achievement, input, request.file('photo'))
    const saved = await findAchievement(achievement.id)
    return response.success(AchievementTransformer.transform(saved).useVariant('forAdmin'), {
      message: 'api.achievement_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const achievement = await findAchievement(params.id)
    await deleteAchievement(achievement)
    return response.success({ id: achievement.id }, { message: 'api.achievement_deleted' })
  }
}
