import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'

type SignupMail =
  | {
      kind: 'confirm'
      to: { email: string; name: string }
      locale: string
      confirmUrl: string
      hours: number
    }
  | {
      kind: 'exists'
      to: { email: string; name: string }
      locale: string
      loginUrl: string
      forgotUrl: string
    }

/**
 * The one mail a sign-up sends: the link that creates the account, or —
 * when the email already has one — a note pointing to sign-in and
 * "forgot password". In the reader's language.
 */
export default class SignupNotification extends BaseMail {
  readonly locale: string

  constructor(readonly details: SignupMail) {
    super()
    this.locale = i18nManager.getSupportedLocaleFor([details.locale]) ?? i18nManager.defaultLocale
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const details = this.details
    const prefix = `auth.signup_mail.${details.kind}`
    const lines = {
      greeting: i18n.t('auth.signup_mail.greeting', { name: details.to.name }),
      intro: i18n.t(`${prefix}.intro`),
      ignore: i18n.t(`${prefix}.ignore`),
    }
    const links =
      details.kind === 'confirm'
        ? [{ label: i18n.t(`${prefix}.action`), url: details.confirmUrl }]
        : [
            { label: i18n.t(`${prefix}.login`), url: details.loginUrl },
            { label: i18n.t(`${prefix}.forgot`), url: details.forgotUrl },
          ]
    const note =
      details.kind === 'confirm' ? i18n.t(`${prefix}.expiry`, { hours: details.hours }) : null
    const data = { lines, links, note, locale: this.locale }

    this.message
      .to(details.to.email, details.to.name)
      .subject(i18n.t(`${prefix}.subject`))
      .htmlView('emails/signup', data)
      .textView('emails/signup_text', data)
  }
}
