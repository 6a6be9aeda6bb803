import type { HttpContext } from '@adonisjs/core/http'
import Package from '#models/package'
import PackageTransformer from '#transformers/package_transformer'
import { noQueryValidator, validateListQuery } from '#services/pagination'

/**
 * GET /api/v1/packages — the public catalogue: active packages only
 */
export default class PackagesController {
  async index({ request, response }: HttpContext) {
    await validateListQuery(request, noQueryValidator)
    const packages = await Package.query()
      .where('status', 'active')
      .orderBy('price')
      .orderBy('name')
    return response.success(PackageTransformer.transform(packages))
  }
}
