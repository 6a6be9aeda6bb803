import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { findCalendarOwner, resetCalendarToken } from '#actions/calendar/calendar_token'
import { coachFeed, parentFeed } from '#queries/calendar/feed_sessions'
import { buildCalendarFeed } from '#services/ical_feed'

/**
 * A person's training sessions as an iCalendar feed that calendar apps
 * subscribe to (GET /calendar/<token>.ics, no session: the secret token is
 * the key), and the button that replaces that token
 */
export default class CalendarFeedController {
  async show({ params, response }: HttpContext) {
    const user = await findCalendarOwner(String(params.token))
    if (!user) {
      return response.notFound('Not found')
    }
    const i18n = i18nManager.locale(
      i18nManager.getSupportedLocaleFor([user.locale]) ?? i18nManager.defaultLocale
    )
    const viewer = user.role === 'member' ? 'parent' : 'coach'
    const entries = viewer === 'parent' ? await parentFeed(user.id) : await coachFeed(user.id)
    const body = buildCalendarFeed(entries, {
      viewer,
      i18n,
      name: i18n.t('calendar_feed.name', { name: user.name }),
    })
    response.header('Content-Type', 'text/calendar; charset=utf-8')
    response.header('Content-Disposition', 'inline; filename="latih.ics"')
    response.header('Cache-Control', 'private, max-age=900')
    response.header('X-Robots-Tag', 'noindex')
    return body
  }

  async reset({ auth, response, session, i18n }: HttpContext) {
    await resetCalendarToken(auth.getUserOrFail())
    session.flash('success', i18n.t('calendar_feed.profile.reset_done'))
    return response.redirect().toRoute('profile.edit')
  }
}
