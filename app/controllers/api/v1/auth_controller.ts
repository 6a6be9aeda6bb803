import type { HttpContext } from '@adonisjs/core/http'
import { appUrlFor } from '#services/app_url'
import UserTransformer from '#transformers/user_transformer'
import { preconditionOf, sendVersion } from '#services/preconditions'
import { portalSignupLinks, requestSignup, SIGNUP_LINK_HOURS } from '#actions/auth/request_signup'
import { confirmSignup } from '#actions/auth/confirm_signup'
import { attemptLogin } from '#actions/auth/attempt_login'
import { changePassword } from '#actions/auth/change_password'
import { updateProfile } from '#actions/auth/update_profile'
import { resetPassword } from '#actions/auth/reset_password'
import { requestPasswordReset } from '#actions/auth/request_password_reset'
import { issueApiTokens, refreshApiTokens, revokeApiSession } from '#actions/auth/issue_api_tokens'
import {
  changePasswordValidator,
  confirmSignupValidator,
  forgotPasswordValidator,
  loginValidator,
  refreshTokenValidator,
  registerValidator,
  resetPasswordValidator,
  updateProfileValidator,
} from '#validators/auth'

const asLocale = (locale: string) => (locale === 'en' ? 'en' : 'id')

/**
 * /api/v1/auth — sign-up, sign-in with bearer and refresh tokens, the
 * signed-in account's profile and password
 */
export default class AuthController {
  /**
   * Step one of sign-up: a mail goes to the address; the answer is the
   * same whether or not it already has an account
   */
  async register({ request, response, i18n }: HttpContext) {
    const input = await request.validateUsing(registerValidator)
    await requestSignup(
      {
        name: input.name,
        email: input.email,
        password: input.password,
        phone: input.phone,
        locale: input.locale ?? asLocale(i18n.locale),
      },
      portalSignupLinks()
    )
    return response.success(
      { email: input.email, expires_in_hours: SIGNUP_LINK_HOURS },
      { status: 202, message: 'auth.signup_sent' }
    )
  }

  /**
   * Step two: the token from the mail's link creates the account and signs
   * it in (seed 003's register answer)
   */
  async confirmRegistration({ request, response }: HttpContext) {
    const { token } = await request.validateUsing(confirmSignupValidator)
    const user = await confirmSignup(token)
    const tokens = await issueApiTokens(user)
    return response.success(
      { ...tokens, user: UserTransformer.transform(user) },
      { status: 201, message: 'auth.registered' }
    )
  }

  async login({ request, response }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await attemptLogin(email, password)
    const tokens = await issueApiTokens(user)
    return response.success(
      { ...tokens, user: UserTransformer.transform(user) },
      { message: 'auth.logged_in' }
    )
  }

  async refresh({ request, response }: HttpContext) {
    const { refresh_token: refreshToken } = await request.validateUsing(refreshTokenValidator)
    const { user, ...tokens } = await refreshApiTokens(refreshToken)
    return response.success(
      { ...tokens, user: UserTransformer.transform(user) },
      { message: 'auth.token_refreshed' }
    )
  }

  async logout({ auth, response }: HttpContext) {
    const user = auth.use('api').getUserOrFail()
    await revokeApiSession(user, user.currentAccessToken.identifier)
    return response.success(null, { message: 'auth.logged_out' })
  }

  async me({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    sendVersion(response, user)
    return response.success(UserTransformer.transform(user), { message: 'auth.profile' })
  }

  async updateMe({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(updateProfileValidator)
    await updateProfile(user, input, preconditionOf(request))
    sendVersion(response, user)
    return response.success(UserTransformer.transform(user), { message: 'auth.profile_updated' })
  }

  async changePassword({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(changePasswordValidator)
    await changePassword(user, input)
    return response.success(null, { message: 'auth.password_changed' })
  }

  /**
   * Always the same neutral answer: it never tells whether an account exists
   */
  async forgotPassword({ request, response, i18n }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    await requestPasswordReset(email, {
      resetUrl: (token) => appUrlFor('password_reset.edit', { token }),
      locale: i18n.locale,
    })
    return response.success(null, { message: 'auth.reset_link_sent' })
  }

  async resetPassword({ request, response, i18n }: HttpContext) {
    const input = await request.validateUsing(resetPasswordValidator)
    await resetPassword({ token: input.token, password: input.password, locale: i18n.locale })
    return response.success(null, { message: 'auth.password_reset' })
  }
}
