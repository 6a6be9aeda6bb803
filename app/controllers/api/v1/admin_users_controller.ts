import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import UserPolicy from '#policies/user_policy'
import { listUsers, userStats } from '#queries/users/list_users'
import { createUser, deactivateUser, updateUser } from '#actions/users/save_user'
import UserTransformer from '#transformers/user_transformer'
import { createUserValidator, listUsersValidator, updateUserValidator } from '#validators/user'
import { validateListQuery } from '#services/pagination'
import { preconditionOf, sendVersion } from '#services/preconditions'

/**
 * /api/v1/admin/users — account management for admins
 */
export default class AdminUsersController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('viewAny')
    const filters = await validateListQuery(request, listUsersValidator)
    const { users, meta } = await listUsers(filters)
    return response.success(UserTransformer.transform(users), { meta })
  }

  async stats({ response, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('viewAny')
    return response.success(await userStats())
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const input = await request.validateUsing(createUserValidator)
    const user = await createUser(input)
    return response.success(UserTransformer.transform(user), {
      status: 201,
      message: 'api.user_created',
    })
  }

  async update({ auth, params, request, response, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const user = await User.findOrFail(params.id)
    const input = await request.validateUsing(updateUserValidator, {
      meta: { userId: user.id },
    })
    await updateUser(user, input, preconditionOf(request), auth.getUserOrFail())
    sendVersion(response, user)
    return response.success(UserTransformer.transform(user), { message: 'api.user_updated' })
  }

  async destroy({ auth, params, response, bouncer }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('manage')
    const user = await User.findOrFail(params.id)
    await deactivateUser(user, auth.getUserOrFail())
    return response.success(UserTransformer.transform(user), { message: 'api.user_deactivated' })
  }
}
