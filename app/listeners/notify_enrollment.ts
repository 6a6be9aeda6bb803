import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import type Enrollment from '#models/enrollment'
import type EnrollmentCreated from '#events/enrollment_created'
import type EnrollmentApproved from '#events/enrollment_approved'
import type EnrollmentRejected from '#events/enrollment_rejected'
import type EnrollmentCancelled from '#events/enrollment_cancelled'
import EnrollmentNotification, { type EnrollmentMailKind } from '#mails/enrollment_notification'
import { appUrlFor } from '#services/app_url'
import { notifyParent } from '#services/notify_parent'

/**
 * How long the invitation link of a new account works
 */
export const INVITATION_TTL = '7 days'

/**
 * enrollment:created|approved|rejected|cancelled → a mail to the guardian
 * (id/en as they applied) and, when they have an account, a stored
 * notification that also goes out live on users/:id
 */
export default class NotifyEnrollment {
  private async tell(enrollment: Enrollment, kind: EnrollmentMailKind, invitationUrl?: string) {
    const notice = {
      type: `enrollment_${kind}` as const,
      params: {
        member: enrollment.childName,
        program: enrollment.program.name,
        number: enrollment.registrationNumber,
        reason: enrollment.reason ?? '',
      },
      data: { enrollment_id: enrollment.id, member_id: enrollment.memberId },
      extra: { enrollment_id: enrollment.id, status: enrollment.status },
    }
    const statusLink = appUrlFor('enrollments.status')
    if (enrollment.accountId) {
      await notifyParent(
        enrollment.accountId,
        notice,
        () =>
          new EnrollmentNotification(enrollment, kind, {
            link: appUrlFor('parent.children.index'),
            invitationUrl,
          })
      )
      return
    }
    try {
      await mail.sendLater(new EnrollmentNotification(enrollment, kind, { link: statusLink }))
    } catch (error) {
      logger.error({ err: error, enrollmentId: enrollment.id }, 'enrollment mail failed')
    }
  }

  async created(event: EnrollmentCreated) {
    await this.tell(event.enrollment, 'created')
  }

  /**
   * A new account gets a one-time link to choose a password (the password
   * reset tokens, valid INVITATION_TTL) in the approval mail
   */
  async approved(event: EnrollmentApproved) {
    let invitationUrl: string | undefined
    if (event.accountCreated && event.enrollment.accountId) {
      const account = await User.find(event.enrollment.accountId)
      if (account) {
        const token = await User.passwordResetTokens.create(account, ['*'], {
          expiresIn: INVITATION_TTL,
        })
        invitationUrl = appUrlFor('password_reset.edit', { token: token.value!.release() })
      }
    }
    await this.tell(event.enrollment, 'approved', invitationUrl)
  }

  async rejected(event: EnrollmentRejected) {
    await this.tell(event.enrollment, 'rejected')
  }

  async cancelled(event: EnrollmentCancelled) {
    await this.tell(event.enrollment, 'cancelled')
  }
}
