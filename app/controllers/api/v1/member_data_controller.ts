import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import MemberPolicy from '#policies/member_policy'
import DomainError from '#exceptions/domain_error'
import { eraseMember, exportMemberData } from '#actions/members/member_data'
import MemberTransformer from '#transformers/member_transformer'
import { eraseMemberValidator } from '#validators/member'

/**
 * A member's data rights (UU PDP, GDPR): their parent or an admin takes
 * out everything the club holds (export) or has it erased
 */
export default class MemberDataController {
  async export({ params, response, bouncer }: HttpContext) {
    const member = await this.find(params.id, bouncer)
    return response.success(await exportMemberData(member.id))
  }

  async erase({ params, request, response, auth, bouncer }: HttpContext) {
    const member = await this.find(params.id, bouncer)
    await request.validateUsing(eraseMemberValidator)
    const erased = await eraseMember(member.id, auth.getUserOrFail())
    return response.success(MemberTransformer.transform(erased), { message: 'api.member_erased' })
  }

  private async find(id: string, bouncer: HttpContext['bouncer']) {
    const member = await Member.find(id)
    if (!member || (await bouncer.with(MemberPolicy).denies('manageData', member))) {
      throw DomainError.notFound('member')
    }
    return member
  }
}
