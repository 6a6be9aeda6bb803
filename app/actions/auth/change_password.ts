import hash from '@adonisjs/core/services/hash'
import { transaction } from '#services/transaction'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
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
    throw new DomainError('AUTH_CURRENT_PASSWORD_INVALID', {
      field: 'current_password',
      rule: 'current_password_invalid',
    })
  }

  await transaction(async (trx) => {
    user.useTransaction(trx)
    user.password = input.password
    await user.save()
    await revokeAllTokens(user, trx)
  })
}
