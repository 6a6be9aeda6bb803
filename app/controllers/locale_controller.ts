import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { updateProfile } from '#actions/auth/update_profile'

type Locale = 'id' | 'en'

/**
 * Remembers the chosen language in the "locale" cookie the locale middleware
 * reads first, and returns the i18n of that language.
 */
export function rememberLocale(response: HttpContext['response'], locale: Locale) {
  response.plainCookie('locale', locale, {
    encode: false,
    maxAge: '1y',
    httpOnly: false,
    sameSite: 'lax',
  })
  return i18nManager.locale(locale)
}

function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en'
}

/**
 * Only paths on this site
 */
function safeReturnPath(value: unknown) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) {
    return undefined
  }
  return /[\s\\]/.test(value) ? undefined : value
}

/**
 * The language switch in the header (Bahasa Indonesia / English)
 */
export default class LocaleController {
  async update({ request, response, auth, session }: HttpContext) {
    const locale = request.input('locale')
    const returnTo = safeReturnPath(request.input('redirect_to'))

    if (isLocale(locale)) {
      const i18n = rememberLocale(response, locale)
      if (auth.user && auth.user.locale !== locale) {
        await updateProfile(auth.user, { locale })
      }
      session?.flash('info', i18n.t('messages.locale.changed'))
    }

    if (returnTo) {
      return response.redirect().toPath(returnTo)
    }
    return response.redirect().back()
  }
}
