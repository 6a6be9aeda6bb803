import type { HttpContext } from '@adonisjs/core/http'
import { signInToPortal } from '#services/portal_session'
import { registerValidator } from '#validators/auth'
import { registerUser } from '#actions/auth/register_user'

/**
 * Self-service registration of a parent / adult member account
 */
export default class NewAccountController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/register')
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const input = await request.validateUsing(registerValidator)

    const user = await registerUser({
      name: input.name,
      email: input.email,
      password: input.password,
      phone: input.phone ?? null,
      locale: input.locale ?? (i18n.locale === 'en' ? 'en' : 'id'),
    })

    await signInToPortal(ctx, user)
    session.flash('success', i18n.t('messages.register.welcome', { name: user.name }))
    return response.redirect().toRoute('dashboard')
  }
}
