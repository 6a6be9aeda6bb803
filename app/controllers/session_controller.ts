import type { HttpContext } from '@adonisjs/core/http'
import { signInToPortal } from '#services/portal_session'
import i18nManager from '@adonisjs/i18n/services/main'
import { loginValidator } from '#validators/auth'
import { attemptLogin } from '#actions/auth/attempt_login'

/**
 * A path on this site to continue to after signing in. Anything else (other
 * hosts, protocol-relative URLs, back-slash tricks) is dropped.
 */
function safeNextPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) {
    return undefined
  }
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return undefined
  }
  if (/[\s\\]/.test(value)) {
    return undefined
  }
  return value
}

/**
 * Signing in and out of the portal (session guard)
 */
export default class SessionController {
  async create({ request, view }: HttpContext) {
    return view.render('pages/auth/login', { next: safeNextPath(request.input('next')) })
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const next = safeNextPath(request.input('next'))
    const { email, password } = await request.validateUsing(loginValidator)

    const user = await attemptLogin(email, password)
    await signInToPortal(ctx, user)
    /**
     * The next page speaks the language chosen with the switch, else the
     * account's own: so does the welcome
     */
    const locale = i18nManager.getSupportedLocaleFor(
      [request.plainCookie('locale', { encoded: false }), user.locale].filter(
        (value): value is string => typeof value === 'string' && value.length > 0
      )
    )
    const welcome = locale ? i18nManager.locale(locale) : i18n
    session.flash('success', welcome.t('messages.login.welcome_back', { name: user.name }))

    if (next) {
      return response.redirect().toPath(next)
    }
    return response.redirect().toRoute('dashboard')
  }

  async destroy({ request, response, auth, session }: HttpContext) {
    await auth.use('web').logout()
    // a new session id: the old one (and any copy of its cookie) is gone from the store
    session.regenerate()
    /**
     * Signed out, the account's language no longer applies to the next page
     */
    const locale = i18nManager.getSupportedLocaleFor(
      [request.plainCookie('locale', { encoded: false }), ...request.languages()].filter(
        (value): value is string => typeof value === 'string' && value.length > 0
      )
    )
    const farewell = i18nManager.locale(locale ?? i18nManager.defaultLocale)
    session.flash('success', farewell.t('messages.logout.done'))
    return response.redirect().toRoute('home')
  }
}
