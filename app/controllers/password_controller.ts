import type { HttpContext } from '@adonisjs/core/http'
import ApiException from '#exceptions/api_exception'
import { changePasswordValidator } from '#validators/auth'
import { changePassword } from '#actions/auth/change_password'

/**
 * A signed-in person changes their password
 */
export default class PasswordController {
  async edit({ view }: HttpContext) {
    return view.render('pages/account/password')
  }

  async update({ request, response, auth, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(changePasswordValidator)
    try {
      await changePassword(user, {
        current_password: input.current_password,
        password: input.password,
      })
    } catch (error) {
      if (error instanceof ApiException && error.code === 'AUTH_CURRENT_PASSWORD_INVALID') {
        session.flash('inputErrorsBag', {
          current_password: [i18n.t('messages.password.current_invalid')],
        })
        return response.redirect().toRoute('password.edit')
      }
      throw error
    }
    session.flash('success', i18n.t('messages.password.changed'))
    return response.redirect().toRoute('profile.edit')
  }
}
