import { DateTime } from 'luxon'
import i18nManager from '@adonisjs/i18n/services/main'
import DomainError from '#exceptions/domain_error'
import Enrollment from '#models/enrollment'
import { rejectEnrollment } from '#actions/enrollments/decide_enrollment'

/**
 * Seed 004's auto-reject of expired applications: pending enrollments
 * older than `days` are rejected (nobody decided: `decided_by` stays
 * empty), the reason written in the guardian's language, and the guardian
 * is told like any rejection. A second run changes nothing.
 */
export async function expirePendingEnrollments(days: number, now = DateTime.now()) {
  const cutoff = now.minus({ days })
  const stale = await Enrollment.query()
    .where('status', 'pending')
    .where('created_at', '<', cutoff.toJSDate())
    .orderBy('created_at')
  let expired = 0
  for (const enrollment of stale) {
    const locale =
      i18nManager.getSupportedLocaleFor([enrollment.locale]) ?? i18nManager.defaultLocale
    const reason = i18nManager.locale(locale).t('enrollments.expired_reason', { days })
    try {
      await rejectEnrollment(enrollment.id, null, reason)
      expired++
    } catch (error) {
      // decided meanwhile by an admin: nothing to expire
      if (!(error instanceof DomainError)) throw error
    }
  }
  return { expired }
}
