import type { HttpContext } from '@adonisjs/core/http'

/**
 * Where everyone lands after signing in: one dashboard per role
 */
export default class DashboardController {
  async show({ auth, view }: HttpContext) {
    const user = auth.getUserOrFail()
    return view.render(`pages/dashboard/${user.role}`, { user })
  }
}
