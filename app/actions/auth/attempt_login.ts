import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import DomainError from '#exceptions/domain_error'

/**
 * Checks an email and password (in constant time, whether or not the
 * account exists) and records the sign-in. Accounts that are inactive or
 * suspended are refused even with the right password.
 */
export async function attemptLogin(email: string, password: string): Promise<User> {
  let user: User
  try {
    user = await User.verifyCredentials(email.trim().toLowerCase(), password)
  } catch (error) {
    if (error instanceof authErrors.E_INVALID_CREDENTIALS) {
      throw new DomainError('AUTH_INVALID_CREDENTIALS')
    }
    throw error
  }

  if (!user.isActive) {
    throw new DomainError('AUTH_ACCOUNT_INACTIVE')
  }

  user.markLoggedIn()
  await user.save()
  return user
}
