import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import UserPolicy from '#policies/user_policy'
import { listUsers } from '#queries/users/list_users'
import { createUser, deactivateUser, updateUser } from '#actions/users/save_user'
import UserTransformer from '#transformers/user_transformer'
import { serialize } from '#services/serialize'
import { formVersion, preconditionOf } from '#services/preconditions'
import {
  createUserValidator,
  listUsersValidator,
  updateUserValidator,
  userRoles,
  userStatuses,
} from '#validators/user'
import { timezone } from '#config/app'

/**
 * The admin's account screens: every account by role and status, search,
 * a form for a new account (with a temporary password, as the API takes
 * it), an edit form for name, email, role and status, deactivate and
 * reactivate. The rules (the last admin, your own account) live in
 * save_user and reach the form as translated field errors.
 */
export default class AdminUsersController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('viewAny')
    const query = Object.fromEntries(
      Object.entries(request.qs()).filter(([, value]) => value !== '')
    )
    const [invalid, parsed] = await listUsersValidator.tryValidate(query, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { users, meta } = await listUsers(filters)
    return view.render('pages/admin/users/index', {
      users: await serialize(UserTransformer.transform(users)),
      meta,
      filters,
      roles: userRoles,
      statuses: userStatuses,
      timezone,
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    return view.render('pages/admin/users/form', {
      user: null,
      roles: userRoles,
      statuses: userStatuses,
    })
  }

  async store({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const input = await request.validateUsing(createUserValidator, {
      data: withoutBlanks(request.only(['name', 'email', 'password', 'role', 'phone', 'locale'])),
    })
    const user = await createUser(input)
    session.flash('success', i18n.t('admin.users.flash.created', { name: user.name }))
    return response.redirect().toRoute('admin.users.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const user = await User.findOrFail(params.id)
    return view.render('pages/admin/users/form', {
      user: await serialize(UserTransformer.transform(user)),
      version: formVersion(user),
      roles: userRoles,
      statuses: userStatuses,
    })
  }

  async update({ params, request, response, auth, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const user = await User.findOrFail(params.id)
    const input = await request.validateUsing(updateUserValidator, {
      data: withoutBlanks(request.only(['name', 'email', 'role', 'status'])),
      meta: { userId: user.id },
    })
    await updateUser(user, input, preconditionOf(request), auth.getUserOrFail())
    session.flash('success', i18n.t('admin.users.flash.saved', { name: user.name }))
    return response.redirect().toRoute('admin.users.index')
  }

  async deactivate({ params, response, auth, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const user = await User.findOrFail(params.id)
    await deactivateUser(user, auth.getUserOrFail())
    session.flash('success', i18n.t('admin.users.flash.deactivated', { name: user.name }))
    return response.redirect().back()
  }

  async reactivate({ params, response, auth, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const user = await User.findOrFail(params.id)
    await updateUser(user, { status: 'active' }, undefined, auth.getUserOrFail())
    session.flash('success', i18n.t('admin.users.flash.reactivated', { name: user.name }))
    return response.redirect().back()
  }
}

/**
 * An empty optional field of the form is not sent
 */
function withoutBlanks(data: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => !(typeof value === 'string' && value.trim() === ''))
  )
}
