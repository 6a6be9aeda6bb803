import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import MemberPackage from '#models/member_package'
import PackagePolicy from '#policies/package_policy'
import { assignPackage } from '#actions/packages/assign_package'
import { listMemberPackages } from '#queries/members/list_member_packages'
import { creditsFor } from '#queries/members/member_package_credits'
import MemberPackageTransformer from '#transformers/member_package_transformer'
import { assignPackageValidator, listMemberPackagesValidator } from '#validators/package'
import { noQueryValidator, validateListQuery } from '#services/pagination'

/**
 * Member packages and their credits: a parent's own (`/me/packages`) and
 * the admin views and assignment
 */
export default class MemberPackagesController {
  /**
   * GET /me/packages — the packages of the signed-in account's members
   */
  async mine({ auth, request, response }: HttpContext) {
    const filters = await validateListQuery(request, listMemberPackagesValidator)
    const { rows, credits, meta } = await listMemberPackages({
      ...filters,
      account_id: auth.getUserOrFail().id,
    })
    return response.success(MemberPackageTransformer.transform(rows, credits), { meta })
  }

  /**
   * GET /admin/member-packages
   */
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const filters = await validateListQuery(request, listMemberPackagesValidator)
    const { rows, credits, meta } = await listMemberPackages(filters)
    return response.success(MemberPackageTransformer.transform(rows, credits), { meta })
  }

  /**
   * GET /admin/member-packages/:id
   */
  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const memberPackage = await MemberPackage.query()
      .where('id', params.id)
      .preload('package')
      .preload('member')
      .firstOrFail()
    const credits = await creditsFor([memberPackage])
    return response.success(MemberPackageTransformer.transform(memberPackage, credits))
  }

  /**
   * GET /admin/members/:id/packages
   */
  async forMember({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    await validateListQuery(request, noQueryValidator)
    const member = await Member.findOrFail(params.id)
    const rows = await MemberPackage.query()
      .where('member_id', member.id)
      .preload('package')
      .preload('member')
      .orderBy('created_at', 'desc')
      .orderBy('id')
    return response.success(MemberPackageTransformer.transform(rows, await creditsFor(rows)))
  }

  /**
   * POST /admin/members/:id/packages — assign a package
   */
  async assign({ auth, params, request, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('assign')
    const input = await request.validateUsing(assignPackageValidator)
    const memberPackage = await assignPackage({
      memberId: params.id,
      packageId: input.package_id,
      startDate: input.start_date,
      assignedBy: auth.getUserOrFail(),
    })
    await memberPackage.load((loader) => loader.load('package').load('member'))
    const credits = await creditsFor([memberPackage])
    return response.success(MemberPackageTransformer.transform(memberPackage, credits), {
      status: 201,
      message: 'api.package_assigned',
    })
  }
}
