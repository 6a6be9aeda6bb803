import type { HttpContext } from '@adonisjs/core/http'
import ApiException from '#exceptions/api_exception'
import { registerValidator } from '#validators/auth'
import { registerUser } from '#actions/auth/register_user'

/**
 * Self-service registration of a parent / adult member account
 */
export default class NewAccountController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/register')
  }

  async store({ request, response, auth, session, i18n }: HttpContext) {
    const input = await request.validateUsing(registerValidator)

    let user
    try {
      user = await registerUser({
        name: input.name,
        email: input.email,
        password: input.password,
        phone: input.phone ?? null,
        locale: input.locale ?? (i18n.locale === 'en' ? 'en' : 'id'),
      })
    } catch (error) {
      /**
       * The same email registered a moment ago by a racing request
       */
      if (error instanceof ApiException && error.errors) {
        session.flash('inputErrorsBag', error.errors)
        session.flashExcept(['_csrf', 'password', 'password_confirmation'])
        return response.redirect().toRoute('new_account.create')
      }
      throw error
    }

    await auth.use('web').login(user)
    session.flash('success', i18n.t('messages.register.welcome', { name: user.name }))
    return response.redirect().toRoute('dashboard')
  }
}
