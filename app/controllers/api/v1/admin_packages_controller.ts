import type { HttpContext } from '@adonisjs/core/http'
import Package from '#models/package'
import PackagePolicy from '#policies/package_policy'
import { validateListQuery } from '#services/pagination'
import { listPackages } from '#queries/packages/list_packages'
import { createPackage, deletePackage, updatePackage } from '#actions/packages/save_package'
import PackageTransformer from '#transformers/package_transformer'
import {
  createPackageValidator,
  listPackagesValidator,
  updatePackageValidator,
} from '#validators/package'
import { preconditionOf, sendVersion } from '#services/preconditions'

/**
 * /api/v1/admin/packages — package CRUD
 */
export default class AdminPackagesController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const filters = await validateListQuery(request, listPackagesValidator)
    const { packages, meta } = await listPackages(filters)
    return response.success(PackageTransformer.transform(packages).useVariant('forAdmin'), { meta })
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    sendVersion(response, pkg)
    return response.success(PackageTransformer.transform(pkg).useVariant('forAdmin'))
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const input = await request.validateUsing(createPackageValidator)
    const pkg = await createPackage(input)
    return response.success(PackageTransformer.transform(pkg).useVariant('forAdmin'), {
      status: 201,
      message: 'api.package_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    const input = await request.validateUsing(updatePackageValidator)
    await updatePackage(pkg, input, preconditionOf(request))
    sendVersion(response, pkg)
    return response.success(PackageTransformer.transform(pkg).useVariant('forAdmin'), {
      message: 'api.package_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    const outcome = await deletePackage(pkg)
    return response.success(
      {
        id: pkg.id,
        outcome,
        package:
          outcome === 'archived' ? PackageTransformer.transform(pkg).useVariant('forAdmin') : null,
      },
      { message: outcome === 'archived' ? 'api.package_archived' : 'api.package_deleted' }
    )
  }
}
