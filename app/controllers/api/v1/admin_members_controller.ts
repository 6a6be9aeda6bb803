import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import MemberPolicy from '#policies/member_policy'
import { listMembers } from '#queries/members/list_members'
import { adminCreateMember, updateMember } from '#actions/members/save_member'
import {
  approveMember,
  deactivateMember,
  rejectMember,
  restoreMember,
} from '#actions/members/change_member_status'
import MemberTransformer from '#transformers/member_transformer'
import { preconditionOf, sendVersion } from '#services/preconditions'
import {
  adminCreateMemberValidator,
  adminUpdateMemberValidator,
  listMembersValidator,
} from '#validators/member'
import { validateListQuery } from '#services/pagination'

/**
 * /api/v1/admin/members — every member, the approvals queue
 * (`?status=pending`) and the member state machine
 */
export default class AdminMembersController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('viewAny')
    const filters = await validateListQuery(request, listMembersValidator)
    const { members, meta } = await listMembers(filters)
    return response.success(MemberTransformer.transform(members).useVariant('forAdmin'), { meta })
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('viewAny')
    const member = await Member.query().where('id', params.id).preload('account').firstOrFail()
    sendVersion(response, member)
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'))
  }

  async store({ auth, request, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const input = await request.validateUsing(adminCreateMemberValidator)
    const member = await adminCreateMember(auth.getUserOrFail(), input)
    await member.load('account')
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'), {
      status: 201,
      message: 'api.member_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await Member.findOrFail(params.id)
    const input = await request.validateUsing(adminUpdateMemberValidator)
    await updateMember(member, input, preconditionOf(request))
    await member.load('account')
    sendVersion(response, member)
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'), {
      message: 'api.member_updated',
    })
  }

  async approve({ auth, params, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await approveMember(params.id, auth.getUserOrFail())
    await member.load('account')
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'), {
      message: 'api.member_approved',
    })
  }

  async reject({ auth, params, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await rejectMember(params.id, auth.getUserOrFail())
    await member.load('account')
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'), {
      message: 'api.member_rejected',
    })
  }

  /**
   * DELETE /admin/members/:id and POST /admin/members/:id/deactivate: a soft
   * delete, the member keeps their history
   */
  async deactivate({ auth, params, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await deactivateMember(params.id, auth.getUserOrFail())
    await member.load('account')
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'), {
      message: 'api.member_deactivated',
    })
  }

  async restore({ auth, params, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('manage')
    const member = await restoreMember(params.id, auth.getUserOrFail())
    await member.load('account')
    return response.success(MemberTransformer.transform(member).useVariant('forAdmin'), {
      message: 'api.member_restored',
    })
  }
}
