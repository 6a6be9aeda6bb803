import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import MemberPolicy from '#policies/member_policy'
import DomainError from '#exceptions/domain_error'
import { preconditionOf, sendVersion } from '#services/preconditions'
import { listAccountMembers } from '#queries/members/list_members'
import { registerMember, updateMember } from '#actions/members/save_member'
import MemberTransformer from '#transformers/member_transformer'
import { createMyMemberValidator, updateMyMemberValidator } from '#validators/member'
import { noQueryValidator, validateListQuery } from '#services/pagination'

/**
 * /api/v1/me/members — the members a parent account manages
 */
export default class MeMembersController {
  async index({ auth, request, response }: HttpContext) {
    await validateListQuery(request, noQueryValidator)
    const user = auth.getUserOrFail()
    const members = await listAccountMembers(user.id)
    return response.success(MemberTransformer.transform(members))
  }

  async store({ auth, request, response, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('register')
    const input = await request.validateUsing(createMyMemberValidator)
    const member = await registerMember(auth.getUserOrFail(), input)
    return response.success(MemberTransformer.transform(member), {
      status: 201,
      message: 'api.member_registered',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    const member = await Member.find(params.id)
    if (!member || (await bouncer.with(MemberPolicy).denies('update', member))) {
      throw DomainError.notFound('member')
    }
    const input = await request.validateUsing(updateMyMemberValidator)
    await updateMember(member, input, preconditionOf(request))
    sendVersion(response, member)
    return response.success(MemberTransformer.transform(member), { message: 'api.member_updated' })
  }
}
