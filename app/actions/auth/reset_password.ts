import { transaction } from '#services/transaction'
import { Secret } from '@adonisjs/core/helpers'
import User from '#models/user'
import DomainError from '#exceptions/domain_error'
import { revokeAllTokens } from '#actions/auth/issue_api_tokens'

export interface ResetPasswordInput {
  token: string
  password: string
  /**
   * Language of the field message when the token is refused
   */
  locale?: string
}

/**
 * Sets a new password with the token from the reset mail. The token works
 * once and only within its hour; afterwards every sign-in of the account
 * ends.
 */
export async function resetPassword(input: ResetPasswordInput): Promise<User> {
  const refuse = () =>
    new DomainError('AUTH_RESET_TOKEN_INVALID', { field: 'token', rule: 'reset_token_invalid' })

  const token = await User.passwordResetTokens.verify(new Secret(input.token))
  if (!token) {
    throw refuse()
  }
  const user = await User.find(token.tokenableId)
  if (!user || !user.isActive) {
    throw refuse()
  }

  await transaction(async (trx) => {
    /**
     * Claim the token first: of two requests using one link, one wins
     */
    const claimed = await trx
      .from('password_reset_tokens')
      .where('id', String(token.identifier))
      .delete()
    if (!Number(claimed)) {
      throw refuse()
    }
    await trx.from('password_reset_tokens').where('tokenable_id', user.id).delete()

    user.useTransaction(trx)
    user.password = input.password
    await user.save()
    await revokeAllTokens(user, trx)
  })

  return user
}
