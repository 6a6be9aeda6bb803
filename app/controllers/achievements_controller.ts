import type { HttpContext } from '@adonisjs/core/http'
import { findPublicAchievement, listPublicAchievements } from '#queries/content/achievements'
import AchievementTransformer from '#transformers/achievement_transformer'
import { serialize } from '#services/serialize'
import { withAchievementLabels } from '#services/site_pages'
import { achievementTypes, listAchievementsValidator } from '#validators/content'

/**
 * The club's achievements (of members and of the club), from their date on
 */
export default class AchievementsController {
  async index({ request, view, i18n }: HttpContext) {
    const [invalid, parsed] = await listAchievementsValidator.tryValidate(request.qs())
    const filters = invalid ? {} : parsed
    const { achievements, meta } = await listPublicAchievements({
      ...filters,
      limit: filters.limit ?? 12,
    })
    return view.render('pages/achievements/index', {
      achievements: withAchievementLabels(
        await serialize(AchievementTransformer.transform(achievements)),
        i18n.locale
      ),
      meta,
      filters,
      types: achievementTypes,
    })
  }

  async show({ params, view, i18n }: HttpContext) {
    const achievement = await findPublicAchievement(params.id)
    const [item] = withAchievementLabels(
      [await serialize(AchievementTransformer.transform(achievement))],
      i18n.locale
    )
    return view.render('pages/achievements/show', { item })
  }
}
