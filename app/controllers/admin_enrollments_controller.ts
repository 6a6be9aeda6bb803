import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import { ENROLLMENT_STATUSES } from '#models/enrollment'
import Program from '#models/program'
import EnrollmentPolicy from '#policies/enrollment_policy'
import {
  approveEnrollment,
  cancelEnrollment,
  rejectEnrollment,
} from '#actions/enrollments/decide_enrollment'
import { findEnrollment } from '#queries/enrollments/find_enrollment'
import { listEnrollments } from '#queries/enrollments/list_enrollments'
import EnrollmentTransformer from '#transformers/enrollment_transformer'
import { serialize } from '#services/serialize'
import { listEnrollmentsValidator, rejectEnrollmentValidator } from '#validators/enrollment'

function filled(query: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && !(typeof value === 'string' && value.trim() === '')
    )
  )
}

/**
 * The admin's approvals of the public form: the queue (pending first,
 * oldest on top), the whole application on one screen, approve or reject
 * in one tap each
 */
export default class AdminEnrollmentsController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(EnrollmentPolicy).authorize('decide')
    // no status is the approvals queue; `all` is every status
    const { status = 'pending', ...query } = request.qs()
    const [invalid, parsed] = await listEnrollmentsValidator.tryValidate(
      filled({ ...query, status: status === 'all' ? undefined : status }),
      { messagesProvider: i18n.createMessagesProvider() }
    )
    const filters = invalid ? { status: 'pending' as const } : parsed
    const { enrollments, meta } = await listEnrollments(filters)
    const programs = await Program.query().orderBy('name')
    return view.render('pages/admin/enrollments/index', {
      enrollments: await serialize(
        EnrollmentTransformer.transform(enrollments).useVariant('forStaff')
      ),
      meta,
      filters: {
        status: filters.status ?? 'all',
        search: filters.search,
        program_id: filters.program_id,
      },
      programs: programs.map((program) => ({ value: program.id, label: program.name })),
      statuses: ENROLLMENT_STATUSES,
      timezone,
    })
  }

  async show({ params, view, bouncer }: HttpContext) {
    await bouncer.with(EnrollmentPolicy).authorize('decide')
    const enrollment = await findEnrollment(params.id)
    if (!enrollment) throw DomainError.notFound('enrollment')
    return view.render('pages/admin/enrollments/show', {
      enrollment: await serialize(
        EnrollmentTransformer.transform(enrollment).useVariant('forStaff')
      ),
      timezone,
    })
  }

  async approve({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(EnrollmentPolicy).authorize('decide')
    const { enrollment } = await approveEnrollment(params.id, auth.getUserOrFail())
    session.flash(
      'success',
      i18n.t('enrollments.flash.approved', { number: enrollment.registrationNumber })
    )
    return response.redirect().toRoute('admin.enrollments.index')
  }

  async reject({ params, auth, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(EnrollmentPolicy).authorize('decide')
    const { reason } = await request.validateUsing(rejectEnrollmentValidator)
    const enrollment = await rejectEnrollment(params.id, auth.getUserOrFail(), reason)
    session.flash(
      'success',
      i18n.t('enrollments.flash.rejected', { number: enrollment.registrationNumber })
    )
    return response.redirect().toRoute('admin.enrollments.index')
  }

  async cancel({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(EnrollmentPolicy).authorize('decide')
    const enrollment = await cancelEnrollment(params.id, auth.getUserOrFail())
    session.flash(
      'success',
      i18n.t('enrollments.flash.cancelled', { number: enrollment.registrationNumber })
    )
    return response.redirect().toRoute('admin.enrollments.show', { id: enrollment.id })
  }
}
