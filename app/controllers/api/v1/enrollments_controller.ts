import type { HttpContext } from '@adonisjs/core/http'
import DomainError from '#exceptions/domain_error'
import { createEnrollment } from '#actions/enrollments/create_enrollment'
import { findEnrollmentForStatus } from '#queries/enrollments/find_enrollment'
import { captcha } from '#services/captcha'
import EnrollmentTransformer from '#transformers/enrollment_transformer'
import { createEnrollmentValidator, enrollmentStatusValidator } from '#validators/enrollment'

/**
 * /api/v1/enrollments — the public form and its status check (seed 004 §5)
 */
export default class EnrollmentsController {
  /**
   * POST /enrollments: no account needed. Idempotent (the route's
   * `middleware.idempotent()`): a replayed key answers the first response.
   */
  async store({ auth, request, response, i18n }: HttpContext) {
    const input = await request.validateUsing(createEnrollmentValidator)
    if (!(await captcha().verify(input.captcha_token, request.ip()))) {
      throw new DomainError('CAPTCHA_INVALID', { field: 'captcha_token' })
    }
    const enrollment = await createEnrollment({
      programId: input.program_id,
      childName: input.child_name,
      dateOfBirth: input.date_of_birth,
      school: input.school,
      grade: input.grade,
      guardianName: input.guardian_name,
      email: input.email,
      waNumber: input.wa_number,
      experienceLevel: input.experience_level,
      preferredDays: input.preferred_days,
      preferredTimeRange: input.preferred_time_range,
      startDateTarget: input.start_date_target,
      instrumentOwned: input.instrument_owned,
      referralSource: input.referral_source,
      notes: input.notes,
      consentText: i18n.t('enrollments.consent.text'),
      locale: i18n.locale === 'en' ? 'en' : 'id',
      account: auth.user ?? null,
    })
    return response.success(EnrollmentTransformer.transform(enrollment), {
      status: 201,
      message: 'enrollments.api.created',
    })
  }

  /**
   * GET /enrollments/status?email=…&registration_number=…: both must
   * match; a wrong email and a wrong number give the same 404
   */
  async status({ request, response }: HttpContext) {
    const input = await request.validateUsing(enrollmentStatusValidator)
    const enrollment = await findEnrollmentForStatus(input.email, input.registration_number)
    if (!enrollment) {
      throw DomainError.notFound('enrollment')
    }
    return response.success(EnrollmentTransformer.transform(enrollment))
  }
}
