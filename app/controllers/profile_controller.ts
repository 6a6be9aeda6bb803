import type { HttpContext } from '@adonisjs/core/http'
import { updateProfileValidator } from '#validators/auth'
import { updateProfile } from '#actions/auth/update_profile'
import { rememberLocale } from '#controllers/locale_controller'
import { formVersion, preconditionOf } from '#services/preconditions'
import { calendarTokenFor } from '#actions/calendar/calendar_token'
import { appUrlFor } from '#services/app_url'

/**
 * A signed-in person's own details: name, phone, language
 */
export default class ProfileController {
  async edit({ auth, view }: HttpContext) {
    const user = auth.getUserOrFail()
    const feedUrl = appUrlFor('calendar.feed', { token: await calendarTokenFor(user) })
    return view.render('pages/account/profile', {
      user,
      version: formVersion(user),
      feed: { url: feedUrl, webcal: feedUrl.replace(/^https?:\/\//, 'webcal://') },
    })
  }

  async update({ request, response, auth, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(updateProfileValidator)
    await updateProfile(
      user,
      { name: input.name, phone: input.phone, locale: input.locale },
      preconditionOf(request)
    )
    let t = i18n
    if (input.locale) {
      t = rememberLocale(response, input.locale)
    }
    session.flash('success', t.t('messages.profile.saved'))
    return response.redirect().toRoute('profile.edit')
  }
}
