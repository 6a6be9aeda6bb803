import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import Package from '#models/package'
import MemberPolicy from '#policies/member_policy'
import PackagePolicy from '#policies/package_policy'
import { listMembers } from '#queries/members/list_members'
import { listMemberPackages } from '#queries/members/list_member_packages'
import { approveMember } from '#actions/members/change_member_status'
import { assignPackage } from '#actions/packages/assign_package'
import MemberTransformer from '#transformers/member_transformer'
import MemberPackageTransformer from '#transformers/member_package_transformer'
import { serialize } from '#services/serialize'
import { listMembersValidator } from '#validators/member'
import { assignPackageValidator } from '#validators/package'
import { memberStatuses } from '#validators/member'

/**
 * The admin's member screens: the approvals queue (pending first), one
 * tap to approve, and a member's packages with a form to assign one
 */
export default class AdminMembersController {
  async index({ request, view, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('viewAny')
    const filters = await listMembersValidator.validate({
      status: 'pending',
      ...request.qs(),
    })
    const { members, meta } = await listMembers({ ...filters, limit: filters.limit ?? 25 })
    return view.render('pages/admin/members/index', {
      members: await serialize(MemberTransformer.transform(members).useVariant('forAdmin')),
      meta,
      status: filters.status,
      statuses: memberStatuses,
      search: filters.search ?? '',
    })
  }

  async approve({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await approveMember(params.id, auth.getUserOrFail())
    session.flash('success', i18n.t('club.flash.member_approved', { name: member.name }))
    return response.redirect().back()
  }

  async packages({ params, view, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('assign')
    const member = await Member.query().where('id', params.id).preload('account').firstOrFail()
    const { rows, credits } = await listMemberPackages({ member_id: member.id, limit: 100 })
    const catalogue = await Package.query().where('status', 'active').orderBy('name')
    return view.render('pages/admin/members/packages', {
      member: await serialize(MemberTransformer.transform(member).useVariant('forAdmin')),
      memberPackages: await serialize(MemberPackageTransformer.transform(rows, credits)),
      packages: catalogue.map((pkg) => ({
        value: pkg.id,
        label: `${pkg.name} (${pkg.sessionCount} × ${pkg.durationDays}d)`,
      })),
    })
  }

  async assign({ params, request, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('assign')
    const member = await Member.findOrFail(params.id)
    const input = await request.validateUsing(assignPackageValidator, {
      data: {
        package_id: request.input('package_id'),
        start_date: request.input('start_date') || undefined,
      },
    })
    await assignPackage({
      memberId: member.id,
      packageId: input.package_id,
      startDate: input.start_date,
      assignedBy: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('club.flash.package_assigned', { name: member.name }))
    return response.redirect().toRoute('admin.members.packages', { id: member.id })
  }
}
