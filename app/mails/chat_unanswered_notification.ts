import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type ChatSession from '#models/chat_session'
import type User from '#models/user'

/**
 * To one staff member: a visitor has waited `minutes` for an answer, with
 * the link to the chat in the inbox. In the staff member's language.
 */
export default class ChatUnansweredNotification extends BaseMail {
  readonly locale: string

  constructor(
    public staff: User,
    public session: ChatSession,
    public minutes: number,
    public link: string
  ) {
    super()
    this.locale = i18nManager.getSupportedLocaleFor([staff.locale]) ?? i18nManager.defaultLocale
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const values = {
      name: this.session.visitorName,
      email: this.session.visitorEmail,
      minutes: this.minutes,
    }
    const data = {
      lines: {
        greeting: i18n.t('enrollments.mail.greeting', { name: this.staff.name }),
        body: i18n.t('chat.mail.unanswered_intro', values),
        details: [],
        action: i18n.t('chat.mail.unanswered_action'),
        signature: i18n.t('enrollments.mail.signature'),
      },
      link: this.link,
      locale: this.locale,
    }
    this.message
      .to(this.staff.email, this.staff.name)
      .subject(i18n.t('chat.mail.unanswered_subject', values))
      .htmlView('emails/club_notification', data)
      .textView('emails/club_notification_text', data)
  }
}
