import type { HttpContext } from '@adonisjs/core/http'
import Package from '#models/package'
import PackagePolicy from '#policies/package_policy'
import { createPackage } from '#actions/packages/save_package'
import PackageTransformer from '#transformers/package_transformer'
import { serialize } from '#services/serialize'
import { createPackageValidator } from '#validators/package'
import { blanksAsNull } from '#services/form_input'

/**
 * The admin's package catalogue: the list and a form for a new package
 */
export default class AdminPackagesController {
  async index({ view, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const packages = await Package.query().orderBy('status').orderBy('name')
    return view.render('pages/admin/packages/index', {
      packages: await serialize(PackageTransformer.transform(packages)),
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    return view.render('pages/admin/packages/create')
  }

  async store({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const input = await request.validateUsing(createPackageValidator, {
      data: blanksAsNull(request.all()),
    })
    const pkg = await createPackage(input)
    session.flash('success', i18n.t('club.flash.package_created', { name: pkg.name }))
    return response.redirect().toRoute('admin.packages.index')
  }
}
