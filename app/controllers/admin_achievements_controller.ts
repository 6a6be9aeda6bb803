import type { HttpContext } from '@adonisjs/core/http'
import ContentPolicy from '#policies/content_policy'
import { uploadMaxMb } from '#services/photos'
import Member from '#models/member'
import { findAchievement, listAdminAchievements } from '#queries/content/achievements'
import {
  createAchievement,
  deleteAchievement,
  updateAchievement,
} from '#actions/content/save_achievement'
import AchievementTransformer from '#transformers/achievement_transformer'
import { serialize } from '#services/serialize'
import { blanksAsNull } from '#services/form_input'
import { withAchievementLabels } from '#services/site_pages'
import { todayOf } from '#queries/content/achievements'
import {
  achievementTypes,
  createAchievementValidator,
  listAchievementsValidator,
} from '#validators/content'

const FIELDS = ['type', 'member_id', 'title', 'description', 'date', 'remove_photo']

async function memberOptions() {
  const members = await Member.query()
    .whereNull('erased_at')
    .whereIn('status', ['active', 'inactive'])
    .orderBy('name')
    .limit(500)
  return members.map((member) => ({ value: member.id, label: member.name }))
}

/**
 * The admin's achievements of members and of the club
 */
export default class AdminAchievementsController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const query = Object.fromEntries(
      Object.entries(request.qs()).filter(([, value]) => value !== '')
    )
    const [invalid, parsed] = await listAchievementsValidator.tryValidate(query)
    const filters = invalid ? {} : parsed
    const { achievements, meta } = await listAdminAchievements(filters)
    return view.render('pages/admin/achievements/index', {
      achievements: withAchievementLabels(
        await serialize(AchievementTransformer.transform(achievements).useVariant('forAdmin')),
        i18n.locale
      ),
      today: todayOf(),
      meta,
      filters,
      types: achievementTypes,
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    return view.render('pages/admin/achievements/form', {
      item: null,
      members: await memberOptions(),
      types: achievementTypes,
      uploadMaxMb,
    })
  }

  async store({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const input = await request.validateUsing(createAchievementValidator, {
      data: blanksAsNull(request.only(FIELDS)),
    })
    const achievement = await createAchievement(input, request.file('photo'))
    session.flash(
      'success',
      i18n.t('site.admin.achievements.flash.created', { title: achievement.title })
    )
    return response.redirect().toRoute('admin.achievements.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const achievement = await findAchievement(params.id)
    return view.render('pages/admin/achievements/form', {
      item: await serialize(AchievementTransformer.transform(achievement).useVariant('forAdmin')),
      members: await memberOptions(),
      types: achievementTypes,
      uploadMaxMb,
    })
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const achievement = await findAchievement(params.id)
    const input = await request.validateUsing(createAchievementValidator, {
      data: blanksAsNull(request.only(FIELDS)),
    })
    const removePhoto = ['1', 'on', 'true'].includes(String(request.input('remove_photo')))
    await updateAchievement(
      achievement,
      { ...input, remove_photo: removePhoto },
      request.file('photo')
    )
    session.flash(
      'success',
      i18n.t('site.admin.achievements.flash.saved', { title: achievement.title })
    )
    return response.redirect().toRoute('admin.achievements.index')
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const achievement = await findAchievement(params.id)
    await deleteAchievement(achievement)
    session.flash(
      'success',
      i18n.t('site.admin.achievements.flash.deleted', { title: achievement.title })
    )
    return response.redirect().toRoute('admin.achievements.index')
  }
}
