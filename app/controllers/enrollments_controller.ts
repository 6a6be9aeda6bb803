import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import Member from '#models/member'
import Program from '#models/program'
import { ENROLLMENT_STATUSES, EXPERIENCE_LEVELS, PREFERRED_DAYS } from '#models/enrollment'
import { createEnrollment, enrollmentInputOf } from '#actions/enrollments/create_enrollment'
import { findEnrollmentForStatus } from '#queries/enrollments/find_enrollment'
import EnrollmentTransformer from '#transformers/enrollment_transformer'
import { captcha } from '#services/captcha'
import { throttleEnrollmentStatus } from '#start/limiter'
import { serialize } from '#services/serialize'
import DomainError from '#exceptions/domain_error'
import { createEnrollmentValidator, enrollmentStatusValidator } from '#validators/enrollment'

/**
 * The form's fields as the validator takes them: blanks are "not given",
 * an empty time range is none, the Turnstile widget's field is the token
 */
function formData(all: Record<string, unknown>) {
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(all)) {
    if (typeof value === 'string' && value.trim() === '') continue
    data[key] = value
  }
  const range = data.preferred_time_range as { start?: string; end?: string } | undefined
  if (range && typeof range === 'object' && !range.start?.trim() && !range.end?.trim()) {
    delete data.preferred_time_range
  }
  if (data['cf-turnstile-response'] && !data.captcha_token) {
    data.captcha_token = data['cf-turnstile-response']
  }
  return data
}

/**
 * The public front door for people: the enrollment form (no account
 * needed; a signed-in parent's is pre-filled) and the status check
 */
export default class EnrollmentsController {
  async create({ auth, request, view }: HttpContext) {
    const programs = await Program.query().where('status', 'active').orderBy('name')
    const user = auth.user
    const memberId = request.qs().member_id
    const member =
      user && typeof memberId === 'string' && /^[0-9a-f-]{36}$/i.test(memberId)
        ? await Member.query().where('id', memberId).where('account_id', user.id).first()
        : null
    return view.render('pages/enrollments/form', {
      programs: programs.map((program) => ({ value: program.id, label: program.name })),
      programId: request.qs().program_id ?? null,
      levels: EXPERIENCE_LEVELS,
      days: PREFERRED_DAYS,
      prefill: {
        guardian_name: user?.name ?? null,
        email: user?.email ?? null,
        wa_number: user?.waNumber ?? user?.phone ?? null,
        child_name: member?.name ?? null,
        date_of_birth: member?.dateOfBirth?.toISODate() ?? null,
        school: member?.school ?? null,
        grade: member?.grade ?? null,
      },
      captchaSiteKey: captcha().siteKey,
    })
  }

  async store({ auth, request, response, session, i18n }: HttpContext) {
    const input = await request.validateUsing(createEnrollmentValidator, {
      data: formData(request.all()),
    })
    if (!(await captcha().verify(input.captcha_token, request.ip()))) {
      throw new DomainError('CAPTCHA_INVALID', { field: 'captcha_token' })
    }
    const enrollment = await createEnrollment(
      enrollmentInputOf(input, {
        consentText: i18n.t('enrollments.consent.text'),
        locale: i18n.locale === 'en' ? 'en' : 'id',
        account: auth.user ?? null,
      })
    )
    session.flash(
      'success',
      i18n.t('enrollments.flash.created', { number: enrollment.registrationNumber })
    )
    return response.redirect().toRoute('enrollments.status', [], {
      qs: { email: enrollment.guardianEmail, registration_number: enrollment.registrationNumber },
    })
  }

  /**
   * The status check: both the email and the registration number must
   * match; whichever is wrong, the same "not found" answer
   */
  async status(ctx: HttpContext) {
    const { request, view, i18n } = ctx
    const query = request.qs()
    const asked = Boolean(query.email || query.registration_number)
    let enrollment = null
    let notFound = false
    let errors: Record<string, string[]> = {}
    if (asked) {
      const [invalid, input] = await enrollmentStatusValidator.tryValidate(query, {
        messagesProvider: i18n.createMessagesProvider(),
      })
      if (invalid) {
        errors = Object.fromEntries(
          (invalid.messages as { field: string; message: string }[]).map((entry) => [
            entry.field,
            [entry.message],
          ])
        )
      } else {
        await throttleEnrollmentStatus(ctx)
        const found = await findEnrollmentForStatus(input.email, input.registration_number)
        enrollment = found ? await serialize(EnrollmentTransformer.transform(found)) : null
        notFound = !found
      }
    }
    return view.render('pages/enrollments/status', {
      query: { email: query.email ?? '', registration_number: query.registration_number ?? '' },
      enrollment,
      notFound,
      errors,
      statuses: ENROLLMENT_STATUSES,
      timezone,
    })
  }
}
