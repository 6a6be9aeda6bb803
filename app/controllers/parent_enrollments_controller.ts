import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import EnrollmentPolicy from '#policies/enrollment_policy'
import { cancelEnrollment } from '#actions/enrollments/decide_enrollment'
import { findEnrollment } from '#queries/enrollments/find_enrollment'
import { listEnrollments } from '#queries/enrollments/list_enrollments'
import EnrollmentTransformer from '#transformers/enrollment_transformer'
import { serialize } from '#services/serialize'

/**
 * A parent's own applications with their status; a pending one can be
 * cancelled
 */
export default class ParentEnrollmentsController {
  async index({ auth, request, view }: HttpContext) {
    const page = Math.max(1, Number.parseInt(String(request.qs().page ?? '1'), 10) || 1)
    const { enrollments, meta } = await listEnrollments({
      accountId: auth.getUserOrFail().id,
      page,
    })
    return view.render('pages/parent/enrollments', {
      enrollments: await serialize(EnrollmentTransformer.transform(enrollments)),
      meta,
      timezone,
    })
  }

  async cancel({ auth, params, response, bouncer, session, i18n }: HttpContext) {
    const enrollment = await findEnrollment(params.id)
    if (!enrollment || (await bouncer.with(EnrollmentPolicy).denies('cancel', enrollment))) {
      throw DomainError.notFound('enrollment')
    }
    if (enrollment.status !== 'pending') {
      throw new DomainError('INVALID_STATE_TRANSITION', { data: { from: enrollment.status } })
    }
    await cancelEnrollment(enrollment.id, auth.getUserOrFail())
    session.flash(
      'success',
      i18n.t('enrollments.flash.cancelled', { number: enrollment.registrationNumber })
    )
    return response.redirect().toRoute('parent.enrollments.index')
  }
}
