import type { HttpContext } from '@adonisjs/core/http'
import Package from '#models/package'
import { serializePackage } from '#transformers/package_transformer'

/**
 * GET /api/v1/packages — the public catalogue: active packages only
 */
export default class PackagesController {
  async index({ response }: HttpContext) {
    const packages = await Package.query()
      .where('status', 'active')
      .orderBy('price')
      .orderBy('name')
    return response.success(packages.map(serializePackage))
  }
}
