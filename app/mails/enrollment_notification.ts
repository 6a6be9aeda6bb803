import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type Enrollment from '#models/enrollment'

export type EnrollmentMailKind = 'created' | 'approved' | 'rejected' | 'cancelled'

/**
 * To the guardian who applied (an account is not needed): received,
 * approved (with next steps, and the one-time link to set a password when
 * the approval made their account), rejected (with the reason),
 * cancelled. In the language the form was sent in; every value is
 * escaped by the views.
 */
export default class EnrollmentNotification extends BaseMail {
  readonly locale: string

  constructor(
    public enrollment: Enrollment,
    public kind: EnrollmentMailKind,
    public options: { link?: string | null; invitationUrl?: string | null } = {}
  ) {
    super()
    this.locale =
      i18nManager.getSupportedLocaleFor([enrollment.locale]) ?? i18nManager.defaultLocale
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const row = this.enrollment
    const values = {
      name: row.guardianName,
      member: row.childName,
      program: row.program.name,
      number: row.registrationNumber,
      reason: row.reason ?? '',
    }
    const details: string[] = []
    if (this.kind === 'created' || this.kind === 'approved') {
      details.push(i18n.t(`enrollments.mail.${this.kind}.next_steps`, values))
    }
    if (this.kind === 'rejected' && row.reason) {
      details.push(i18n.t('enrollments.mail.rejected.reason', values))
    }
    const link = this.options.invitationUrl ?? this.options.link ?? null
    const lines = {
      greeting: i18n.t('enrollments.mail.greeting', values),
      body: i18n.t(`enrollments.mail.${this.kind}.body`, values),
      details,
      action: this.options.invitationUrl
        ? i18n.t('enrollments.mail.set_password')
        : i18n.t(`enrollments.mail.${this.kind}.action`),
      signature: i18n.t('enrollments.mail.signature'),
    }
    const data = { lines, link, locale: this.locale }

    this.message
      .to(row.guardianEmail, row.guardianName)
      .subject(i18n.t(`enrollments.mail.${this.kind}.subject`, values))
      .htmlView('emails/club_notification', data)
      .textView('emails/club_notification_text', data)
  }
}
