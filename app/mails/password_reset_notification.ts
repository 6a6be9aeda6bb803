import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'

/**
 * The "reset your password" mail: one link, valid for an hour, in the
 * reader's language.
 */
export default class PasswordResetNotification extends BaseMail {
  readonly resetUrl: string
  readonly locale: string

  constructor(
    protected user: User,
    options: { resetUrl: string; locale?: string | null }
  ) {
    super()
    this.resetUrl = options.resetUrl
    this.locale =
      i18nManager.getSupportedLocaleFor([options.locale ?? user.locale]) ??
      i18nManager.defaultLocale
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const lines = {
      greeting: i18n.t('auth.reset_mail.greeting', { name: this.user.name }),
      intro: i18n.t('auth.reset_mail.intro'),
      action: i18n.t('auth.reset_mail.action'),
      expiry: i18n.t('auth.reset_mail.expiry', { minutes: 60 }),
      ignore: i18n.t('auth.reset_mail.ignore'),
    }
    const data = { lines, resetUrl: this.resetUrl, locale: this.locale }

    this.message
      .to(this.user.email, this.user.name)
      .subject(i18n.t('auth.reset_mail.subject'))
      .htmlView('emails/password_reset', data)
      .textView('emails/password_reset_text', data)
  }
}
