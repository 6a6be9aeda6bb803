import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import Package from '#models/package'
import MemberPolicy from '#policies/member_policy'
import PackagePolicy from '#policies/package_policy'
import { listMembers } from '#queries/members/list_members'
import { listMemberPackages } from '#queries/members/list_member_packages'
import {
  approveMember,
  deactivateMember,
  rejectMember,
  restoreMember,
} from '#actions/members/change_member_status'
import { updateMember } from '#actions/members/save_member'
import { assignPackage } from '#actions/packages/assign_package'
import MemberTransformer from '#transformers/member_transformer'
import MemberPackageTransformer from '#transformers/member_package_transformer'
import { serialize } from '#services/serialize'
import { blanksAsNull } from '#services/form_input'
import { formVersion, preconditionOf } from '#services/preconditions'
import {
  adminUpdateMemberValidator,
  listMembersValidator,
  memberRelationships,
  memberStatuses,
} from '#validators/member'
import { assignPackageValidator } from '#validators/package'
import { timezone } from '#config/app'

const PROFILE_FIELDS = [
  'name',
  'relationship',
  'date_of_birth',
  'phone',
  'school',
  'grade',
  'notes',
  'guardian_name',
  'guardian_phone',
]

/**
 * The admin's member management: every member by status (the approvals
 * queue first), search, a member's details, the status changes the API
 * offers (approve, reject, deactivate, restore) and a member's packages
 */
export default class AdminMembersController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('viewAny')
    // no status at all is the approvals queue; `all` is every status
    const { status = 'pending', ...query } = request.qs()
    const [invalid, parsed] = await listMembersValidator.tryValidate(
      blanksAsUndefined({ ...query, status: status === 'all' ? undefined : status }),
      { messagesProvider: i18n.createMessagesProvider() }
    )
    const filters = invalid ? { status: 'pending' as const } : parsed
    const { members, meta } = await listMembers(filters)
    return view.render('pages/admin/members/index', {
      members: await serialize(MemberTransformer.transform(members).useVariant('forAdmin')),
      meta,
      filters: { status: filters.status ?? 'all', search: filters.search },
      statuses: memberStatuses,
      timezone,
    })
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await Member.query().where('id', params.id).preload('account').firstOrFail()
    return view.render('pages/admin/members/edit', {
      member: await serialize(MemberTransformer.transform(member).useVariant('forAdmin')),
      version: formVersion(member),
      relationships: memberRelationships,
    })
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await Member.findOrFail(params.id)
    const input = await request.validateUsing(adminUpdateMemberValidator, {
      data: blanksAsNull(request.only(PROFILE_FIELDS)),
    })
    await updateMember(member, input, preconditionOf(request))
    session.flash('success', i18n.t('admin.members.flash.saved', { name: member.name }))
    return response.redirect().toRoute('admin.members.index', {}, { qs: { status: member.status } })
  }

  async approve({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await approveMember(params.id, auth.getUserOrFail())
    session.flash('success', i18n.t('club.flash.member_approved', { name: member.name }))
    return response.redirect().back()
  }

  async reject({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await rejectMember(params.id, auth.getUserOrFail())
    session.flash('success', i18n.t('admin.members.flash.rejected', { name: member.name }))
    return response.redirect().back()
  }

  async deactivate({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await deactivateMember(params.id, auth.getUserOrFail())
    session.flash('success', i18n.t('admin.members.flash.deactivated', { name: member.name }))
    return response.redirect().back()
  }

  async restore({ params, auth, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await restoreMember(params.id, auth.getUserOrFail())
    session.flash('success', i18n.t('admin.members.flash.restored', { name: member.name }))
    return response.redirect().back()
  }

  async packages({ params, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('assign')
    const member = await Member.query().where('id', params.id).preload('account').firstOrFail()
    const { rows, credits } = await listMemberPackages({ member_id: member.id, limit: 100 })
    const catalogue = await Package.query().where('status', 'active').orderBy('name')
    return view.render('pages/admin/members/packages', {
      member: await serialize(MemberTransformer.transform(member).useVariant('forAdmin')),
      memberPackages: await serialize(MemberPackageTransformer.transform(rows, credits)),
      packages: catalogue.map((pkg) => ({
        value: pkg.id,
        label: i18n.t('admin.packages.option', {
          name: pkg.name,
          sessions: pkg.sessionCount,
          days: pkg.durationDays,
        }),
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

/**
 * A list form's empty choices ("all statuses", an empty search) are no filter
 */
function blanksAsUndefined(query: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && !(typeof value === 'string' && value.trim() === '')
    )
  )
}
