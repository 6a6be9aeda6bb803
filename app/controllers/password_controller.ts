import type { HttpContext } from '@adonisjs/core/http'
import { signInToPortal } from '#services/portal_session'
import { changePasswordValidator } from '#validators/auth'
import { changePassword } from '#actions/auth/change_password'

/**
 * A signed-in person changes their password
 */
export default class PasswordController {
  async edit({ view }: HttpContext) {
    return view.render('pages/account/password')
  }

  async update(ctx: HttpContext) {
    const { request, response, auth, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(changePasswordValidator)
    await changePassword(user, {
      current_password: input.current_password,
      password: input.password,
    })
    // every session of the account ended with the change; this one goes on, under a new id
    await signInToPortal(ctx, user)
    session.flash('success', i18n.t('messages.password.changed'))
    return response.redirect().toRoute('profile.edit')
  }
}
