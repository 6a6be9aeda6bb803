import type { HttpContext } from '@adonisjs/core/http'
import DomainError from '#exceptions/domain_error'
import { createEnrollment, enrollmentInputOf } from '#actions/enrollments/create_enrollment'
import {
  approveEnrollment,
  cancelEnrollment,
  rejectEnrollment,
} from '#actions/enrollments/decide_enrollment'
import { findEnrollment, findEnrollmentForStatus } from '#queries/enrollments/find_enrollment'
import { listEnrollments } from '#queries/enrollments/list_enrollments'
import EnrollmentPolicy from '#policies/enrollment_policy'
import { validateListQuery } from '#services/pagination'
import { captcha } from '#services/captcha'
import { throttleEnrollmentStatus } from '#start/limiter'
import EnrollmentTransformer from '#transformers/enrollment_transformer'
import {
  cancelEnrollmentValidator,
  createEnrollmentValidator,
  enrollmentStatusValidator,
  listEnrollmentsValidator,
  listMyEnrollmentsValidator,
  rejectEnrollmentValidator,
} from '#validators/enrollment'

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
    const enrollment = await createEnrollment(
      enrollmentInputOf(input, {
        consentText: i18n.t('enrollments.consent.text'),
        locale: i18n.locale === 'en' ? 'en' : 'id',
        account: auth.user ?? null,
      })
    )
    return response.success(EnrollmentTransformer.transform(enrollment), {
      status: 201,
      message: 'enrollments.api.created',
    })
  }

  /**
   * GET /enrollments/status?email=…&registration_number=…: both must
   * match; a wrong email and a wrong number give the same 404
   */
  async status(ctx: HttpContext) {
    const { request, response } = ctx
    const input = await request.validateUsing(enrollmentStatusValidator)
    await throttleEnrollmentStatus(ctx)
    const enrollment = await findEnrollmentForStatus(input.email, input.registration_number)
    if (!enrollment) {
      throw DomainError.notFound('enrollment')
    }
    return response.success(EnrollmentTransformer.transform(enrollment))
  }

  /**
   * GET /enrollments: staff (admins and coaches)
   */
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(EnrollmentPolicy).authorize('viewList')
    const filters = await validateListQuery(request, listEnrollmentsValidator)
    const { enrollments, meta } = await listEnrollments(filters)
    return response.success(EnrollmentTransformer.transform(enrollments).useVariant('forStaff'), {
      meta,
    })
  }

  /**
   * GET /me/enrollments: the signed-in guardian's own
   */
  async mine({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const filters = await validateListQuery(request, listMyEnrollmentsValidator)
    const { enrollments, meta } = await listEnrollments({ ...filters, accountId: user.id })
    return response.success(EnrollmentTransformer.transform(enrollments), { meta })
  }

  /**
   * GET /enrollments/:id: staff, or the guardian's own account (others 404)
   */
  async show({ auth, params, response, bouncer }: HttpContext) {
    const enrollment = await findEnrollment(params.id)
    if (!enrollment || (await bouncer.with(EnrollmentPolicy).denies('view', enrollment))) {
      throw DomainError.notFound('enrollment')
    }
    const transformed = EnrollmentTransformer.transform(enrollment)
    return response.success(
      auth.getUserOrFail().isStaff ? transformed.useVariant('forStaff') : transformed
    )
  }

  async approve(ctx: HttpContext) {
    const { auth, params, response } = ctx
    await this.decidable(ctx, params.id)
    const { enrollment } = await approveEnrollment(params.id, auth.getUserOrFail())
    return response.success(EnrollmentTransformer.transform(enrollment).useVariant('forStaff'), {
      message: 'enrollments.api.approved',
    })
  }

  async reject(ctx: HttpContext) {
    const { auth, params, request, response } = ctx
    await this.decidable(ctx, params.id)
    const { reason } = await request.validateUsing(rejectEnrollmentValidator)
    const enrollment = await rejectEnrollment(params.id, auth.getUserOrFail(), reason)
    return response.success(EnrollmentTransformer.transform(enrollment).useVariant('forStaff'), {
      message: 'enrollments.api.rejected',
    })
  }

  /**
   * POST /enrollments/:id/cancel: the guardian's own account or an admin
   */
  async cancel({ auth, params, request, response, bouncer }: HttpContext) {
    const enrollment = await findEnrollment(params.id)
    if (!enrollment || (await bouncer.with(EnrollmentPolicy).denies('cancel', enrollment))) {
      throw DomainError.notFound('enrollment')
    }
    const { reason } = await request.validateUsing(cancelEnrollmentValidator)
    const user = auth.getUserOrFail()
    const cancelled = await cancelEnrollment(enrollment.id, user, reason)
    const transformed = EnrollmentTransformer.transform(cancelled)
    return response.success(user.isStaff ? transformed.useVariant('forStaff') : transformed, {
      message: 'enrollments.api.cancelled',
    })
  }

  /**
   * Only admins decide; a coach is told they may not (403), others never
   * learn whether the application exists (404)
   */
  private async decidable({ auth, bouncer }: HttpContext, id: string) {
    const enrollment = await findEnrollment(id)
    if (await bouncer.with(EnrollmentPolicy).denies('decide')) {
      throw auth.getUserOrFail().isStaff
        ? new DomainError('AUTH_FORBIDDEN')
        : DomainError.notFound('enrollment')
    }
    if (!enrollment) throw DomainError.notFound('enrollment')
    return enrollment
  }
}
