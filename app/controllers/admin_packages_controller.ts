import type { HttpContext } from '@adonisjs/core/http'
import Package from '#models/package'
import PackagePolicy from '#policies/package_policy'
import { createPackage, updatePackage } from '#actions/packages/save_package'
import { listPackages } from '#queries/packages/list_packages'
import PackageTransformer from '#transformers/package_transformer'
import { serialize } from '#services/serialize'
import {
  createPackageValidator,
  listPackagesValidator,
  packageStatuses,
  updatePackageValidator,
} from '#validators/package'
import { blanksAsNull } from '#services/form_input'
import { formVersion, preconditionOf } from '#services/preconditions'

const FIELDS = ['name', 'description', 'price', 'duration_days', 'session_count']

/**
 * The admin's package catalogue: the list (search, status, pages), a form
 * for a new package or an edit, archive and unarchive. Edits apply to
 * future assignments only (save_package).
 */
export default class AdminPackagesController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const query = Object.fromEntries(
      Object.entries(request.qs()).filter(([, value]) => value !== '')
    )
    const [invalid, parsed] = await listPackagesValidator.tryValidate(query, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { packages, meta } = await listPackages(filters)
    return view.render('pages/admin/packages/index', {
      packages: await serialize(PackageTransformer.transform(packages).useVariant('forAdmin')),
      meta,
      filters,
      statuses: packageStatuses,
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    return view.render('pages/admin/packages/form', { pkg: null })
  }

  async store({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const input = await request.validateUsing(createPackageValidator, {
      data: blanksAsNull(request.only(FIELDS)),
    })
    const pkg = await createPackage(input)
    session.flash('success', i18n.t('club.flash.package_created', { name: pkg.name }))
    return response.redirect().toRoute('admin.packages.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    return view.render('pages/admin/packages/form', {
      pkg: await serialize(PackageTransformer.transform(pkg).useVariant('forAdmin')),
      version: formVersion(pkg),
    })
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    const input = await request.validateUsing(updatePackageValidator, {
      data: blanksAsNull(request.only(FIELDS)),
    })
    await updatePackage(pkg, input, preconditionOf(request))
    session.flash('success', i18n.t('admin.packages.flash.saved', { name: pkg.name }))
    return response.redirect().toRoute('admin.packages.index')
  }

  /**
   * Archived packages stay on members who hold them but cannot be assigned
   */
  async archive({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    await updatePackage(pkg, { status: 'inactive' })
    session.flash('success', i18n.t('admin.packages.flash.archived', { name: pkg.name }))
    return response.redirect().back()
  }

  async unarchive({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(PackagePolicy).authorize('manage')
    const pkg = await Package.findOrFail(params.id)
    await updatePackage(pkg, { status: 'active' })
    session.flash('success', i18n.t('admin.packages.flash.unarchived', { name: pkg.name }))
    return response.redirect().back()
  }
}
