import type { HttpContext } from '@adonisjs/core/http'
import { signInToPortal } from '#services/portal_session'
import { confirmSignupValidator, registerValidator } from '#validators/auth'
import { portalSignupLinks, requestSignup } from '#actions/auth/request_signup'
import { confirmSignup } from '#actions/auth/confirm_signup'

/**
 * Self-service sign-up of a parent / adult member account, in two steps:
 * the form sends a mail, the link in it creates the account.
 */
export default class NewAccountController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/register')
  }

  async store({ request, response, session, i18n }: HttpContext) {
    const input = await request.validateUsing(registerValidator)
    await requestSignup(
      {
        name: input.name,
        email: input.email,
        password: input.password,
        phone: input.phone ?? null,
        locale: input.locale ?? (i18n.locale === 'en' ? 'en' : 'id'),
      },
      portalSignupLinks()
    )
    session.flash('signup_email', input.email)
    return response.redirect().toRoute('new_account.sent')
  }

  async sent({ view, session }: HttpContext) {
    return view.render('pages/auth/register_sent', {
      email: session.flashMessages.get('signup_email'),
    })
  }

  /**
   * The link in the mail shows a button; the account is made by its POST,
   * so a mail scanner opening the link creates nothing
   */
  async confirm({ view, params }: HttpContext) {
    return view.render('pages/auth/register_confirm', { token: params.token })
  }

  async finish(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const { token } = await request.validateUsing(confirmSignupValidator)
    const user = await confirmSignup(token)
    await signInToPortal(ctx, user)
    session.flash('success', i18n.t('messages.register.welcome', { name: user.name }))
    return response.redirect().toRoute('dashboard')
  }
}
