import hash from '@adonisjs/core/services/hash'
import { transaction } from '#services/transaction'
import type User from '#models/user'
import ApiException from '#exceptions/api_exception'
import { authMessage } from '#actions/auth/messages'
import { revokeAllTokens } from '#actions/auth/issue_api_tokens'

export interface ChangePasswordInput {
  current_password: string
  password: string
}

/**
 * A signed-in person changes their password after proving the current one.
 * Every token of the account is revoked: all devices sign in again.
 */
export async function changePassword(user: User, input: ChangePasswordInput): Promise<void> {
  const matches = await hash.verify(user.password, input.current_password)
  if (!matches) {
    throw ApiException.unprocessable(
      'AUTH_CURRENT_PASSWORD_INVALID',
      'The current password is incorrect',
      { current_password: [authMessage('current_password_invalid', user.locale)] }
    )
  }

  await transaction(async (trx) => {
    user.useTransaction(trx)
    user.password = input.password
    await user.save()
    await revokeAllTokens(user, trx)
  })
}
