import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import SignupNotification from '#mails/signup_notification'
import { appUrlFor } from '#services/app_url'

export interface SignupInput {
  name: string
  email: string
  password: string
  phone?: string | null
  locale: 'id' | 'en'
}

export interface RequestSignupOptions {
  /**
   * Builds the link the confirmation mail points to
   */
  confirmUrl: (token: string) => string
  /**
   * Builds the sign-in and forgotten-password links of the mail sent to an
   * email that already has an account
   */
  loginUrl: string
  forgotUrl: string
}

/**
 * The portal's pages the sign-up mails link to; the page and the API send
 * the same mails
 */
export const portalSignupLinks = (): RequestSignupOptions => ({
  confirmUrl: (token) => appUrlFor('new_account.confirm', { token }),
  loginUrl: appUrlFor('session.create'),
  forgotUrl: appUrlFor('password_reset.create'),
})

/**
 * How long the link in the confirmation mail works
 */
export const SIGNUP_LINK_HOURS = 24

export const signupTokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Someone fills in the sign-up form. Nothing is created yet: the email's
 * owner gets a mail. A new email gets a link that creates the account;
 * an email that already has an account gets a note with the sign-in and
 * "forgot password" links instead. Both paths hash the password and send
 * one mail, and the caller answers the same, so the form never tells who
 * has an account (issue 14).
 */
export async function requestSignup(
  input: SignupInput,
  options: RequestSignupOptions
): Promise<void> {
  const email = input.email.trim().toLowerCase()
  const passwordHash = await hash.make(input.password)
  const existing = await User.findBy('email', email)

  let notification: SignupNotification
  if (existing) {
    notification = new SignupNotification({
      kind: 'exists',
      to: { email: existing.email, name: existing.name },
      locale: existing.locale,
      loginUrl: options.loginUrl,
      forgotUrl: options.forgotUrl,
    })
  } else {
    const token = randomBytes(32).toString('base64url')
    await db.table('signup_requests').insert({
      email,
      name: input.name,
      phone: input.phone ?? null,
      locale: input.locale,
      password_hash: passwordHash,
      token_hash: signupTokenHash(token),
      expires_at: DateTime.now().plus({ hours: SIGNUP_LINK_HOURS }).toJSDate(),
    })
    notification = new SignupNotification({
      kind: 'confirm',
      to: { email, name: input.name },
      locale: input.locale,
      confirmUrl: options.confirmUrl(token),
      hours: SIGNUP_LINK_HOURS,
    })
  }

  try {
    await mail.send(notification)
  } catch (error) {
    logger.error({ err: error }, 'sign-up mail could not be sent')
  }
}
