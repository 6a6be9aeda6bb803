import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type { I18n } from '@adonisjs/i18n'
import type User from '#models/user'
import { clubIdentity } from '#services/club_identity'

/**
 * What every club notification mail shares: one parent as the reader, in
 * their language, one HTML view and one text view under
 * resources/views/emails/. Subclasses name the view and the translation
 * key (`club.mail.<key>.*`) and give the values.
 */
export default abstract class ClubNotification extends BaseMail {
  readonly locale: string
  abstract readonly view: string
  abstract readonly key: string

  constructor(protected parent: User) {
    super()
    this.locale = i18nManager.getSupportedLocaleFor([parent.locale]) ?? i18nManager.defaultLocale
  }

  abstract values(): Record<string, string | number>

  /**
   * Where the parent follows up in the portal: an absolute URL from
   * appUrlFor() (#services/app_url)
   */
  link(): string | null {
    return null
  }

  /**
   * Further paragraphs after the body (already translated), e.g. the
   * coach's reason for a cancellation
   */
  details(_i18n: I18n): string[] {
    return []
  }

  async prepare() {
    const i18n: I18n = i18nManager.locale(this.locale)
    const club = await clubIdentity()
    const values = { name: this.parent.name, ...this.values() }
    const lines = {
      greeting: i18n.t('club.mail.greeting', values),
      body: i18n.t(`club.mail.${this.key}.body`, values),
      details: this.details(i18n),
      action: i18n.t('club.mail.action'),
      signature: i18n.t('club.mail.signature'),
    }
    const data = { lines, link: this.link(), locale: this.locale, brandName: club.name }

    this.message
      .to(this.parent.email, this.parent.name)
      .subject(i18n.t(`club.mail.${this.key}.subject`, values))
      .htmlView(`emails/${this.view}`, data)
      .textView('emails/club_notification_text', data)
  }
}
