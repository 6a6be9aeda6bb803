import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { listPrograms } from '#queries/schedule/list_programs'
import { listTrainingSessions } from '#queries/schedule/list_training_sessions'
import { listPublishedNews } from '#queries/content/news'
import { listPublicAchievements } from '#queries/content/achievements'
import { groupByDay, localNow } from '#services/schedule_pages'
import { serialize } from '#services/serialize'
import { withAchievementLabels, withNewsLabels } from '#services/site_pages'
import ProgramTransformer from '#transformers/program_transformer'
import NewsTransformer from '#transformers/news_transformer'
import AchievementTransformer from '#transformers/achievement_transformer'

/**
 * The club's front page: who the club is (layout's `club`), its programs
 * with an enroll button, this week's sessions with seats left, the latest
 * news and achievements, and how to reach it
 */
export default class HomeController {
  async index({ view, auth, i18n }: HttpContext) {
    const today = localNow().startOf('day')
    const [{ programs }, { sessions }, { news }, { achievements }] = await Promise.all([
      listPrograms({ limit: 6 }, { includeInactive: false }),
      listTrainingSessions(
        {
          from: DateTime.now().toISO()!,
          to: today.plus({ days: 6 }).toISODate()!,
          limit: 8,
        },
        auth.user ?? null
      ),
      listPublishedNews({ limit: 3 }),
      listPublicAchievements({ limit: 3 }),
    ])
    return view.render('pages/home', {
      programs: await serialize(ProgramTransformer.transform(programs)),
      days: await groupByDay(sessions, i18n.locale),
      news: withNewsLabels(await serialize(NewsTransformer.transform(news)), i18n.locale),
      achievements: withAchievementLabels(
        await serialize(AchievementTransformer.transform(achievements)),
        i18n.locale
      ),
    })
  }
}
