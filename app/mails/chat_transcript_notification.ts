import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import type ChatSession from '#models/chat_session'
import type ChatMessage from '#models/chat_message'

/**
 * To the visitor when staff close their chat: the whole conversation, in
 * the language they chatted in. Plain text lines, escaped by the HTML view.
 */
export default class ChatTranscriptNotification extends BaseMail {
  readonly locale: string

  constructor(
    public session: ChatSession,
    public messages: ChatMessage[]
  ) {
    super()
    this.locale = i18nManager.getSupportedLocaleFor([session.locale]) ?? i18nManager.defaultLocale
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const club = i18n.t('nav.brand')
    const values = { name: this.session.visitorName, club }
    const details = this.messages
      .filter((message) => message.role !== 'system')
      .map((message) => {
        const who =
          message.role === 'user'
            ? i18n.t('chat.mail.you')
            : (message.sender?.name ?? i18n.t('chat.mail.club'))
        const when = message.createdAt
          .setZone(timezone)
          .setLocale(this.locale)
          .toLocaleString(DateTime.DATETIME_SHORT)
        return `${who} (${when}): ${message.body}`
      })
    const data = {
      lines: {
        greeting: i18n.t('enrollments.mail.greeting', values),
        body: i18n.t('chat.mail.transcript_intro', values),
        details,
        action: '',
        signature: i18n.t('chat.mail.transcript_outro', values),
      },
      link: null,
      locale: this.locale,
    }
    this.message
      .to(this.session.visitorEmail, this.session.visitorName)
      .subject(i18n.t('chat.mail.transcript_subject', values))
      .htmlView('emails/club_notification', data)
      .textView('emails/club_notification_text', data)
  }
}
