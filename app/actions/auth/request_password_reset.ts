import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import PasswordResetNotification from '#mails/password_reset_notification'

export interface RequestPasswordResetOptions {
  /**
   * Builds the link the mail points to (the portal's reset page)
   */
  resetUrl: (token: string) => string
  /**
   * Language of the mail; the account's own language when left out
   */
  locale?: string
}

/**
 * "Forgot password": an active account gets a mail with a one-hour,
 * one-time link; any earlier link stops working. Resolves the same way
 * whether or not the email belongs to an account, so the answer never
 * tells who has one.
 */
export async function requestPasswordReset(
  email: string,
  options: RequestPasswordResetOptions
): Promise<void> {
  const user = await User.findBy('email', email.trim().toLowerCase())
  if (!user || !user.isActive) {
    return
  }

  await User.passwordResetTokens.deleteAll(user)
  const token = await User.passwordResetTokens.create(user)

  try {
    await mail.send(
      new PasswordResetNotification(user, {
        resetUrl: options.resetUrl(token.value!.release()),
        locale: options.locale ?? user.locale,
      })
    )
  } catch (error) {
    logger.error({ err: error, userId: user.id }, 'password reset mail could not be sent')
  }
}
