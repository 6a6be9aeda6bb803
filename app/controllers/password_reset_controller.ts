import type { HttpContext } from '@adonisjs/core/http'
import { appUrlFor } from '#services/app_url'
import { forgotPasswordValidator, resetPasswordValidator } from '#validators/auth'
import { requestPasswordReset } from '#actions/auth/request_password_reset'
import { resetPassword } from '#actions/auth/reset_password'

/**
 * Forgotten password: ask for a link by mail, then choose a new password
 */
export default class PasswordResetController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/forgot_password')
  }

  /**
   * Always answers the same way, whether the address has an account or not
   */
  async store({ request, response, session, i18n }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    await requestPasswordReset(email, {
      resetUrl: (token) => appUrlFor('password_reset.edit', { token }),
      locale: i18n.locale,
    })
    session.flash('success', i18n.t('messages.password_reset.sent', { email }))
    return response.redirect().toRoute('password_reset.create')
  }

  async edit({ params, view }: HttpContext) {
    return view.render('pages/auth/reset_password', { token: params.token })
  }

  async update({ request, response, session, i18n }: HttpContext) {
    const input = await request.validateUsing(resetPasswordValidator)
    await resetPassword({ token: input.token, password: input.password })
    session.flash('success', i18n.t('messages.password_reset.done'))
    return response.redirect().toRoute('session.create')
  }
}
