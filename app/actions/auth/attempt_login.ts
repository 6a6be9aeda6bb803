import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import ApiException from '#exceptions/api_exception'

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
      throw new ApiException(401, 'AUTH_INVALID_CREDENTIALS', 'Invalid email or password')
    }
    throw error
  }

  if (!user.isActive) {
    throw new ApiException(403, 'AUTH_ACCOUNT_INACTIVE', 'This account is not active')
  }

  user.markLoggedIn()
  await user.save()
  return user
}
