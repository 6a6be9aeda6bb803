import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'
import DomainError from '#exceptions/domain_error'

/**
 * Denies anonymous requests, and accounts that are no longer active (an
 * inactive or suspended account's session or token stops working at once).
 */
export default class AuthMiddleware {
  redirectTo = '/login'

  async handle(
    ctx: HttpContext,
    next: NextFn,
    options: { guards?: (keyof Authenticators)[] } = {}
  ) {
    await ctx.auth.authenticateUsing(options.guards, { loginRoute: this.redirectTo })
    const user = ctx.auth.getUserOrFail()
    if (user.status !== 'active') {
      if (ctx.auth.authenticatedViaGuard === 'web') {
        await ctx.auth.use('web').logout()
      }
      throw new DomainError('AUTH_ACCOUNT_INACTIVE')
    }
    return next()
  }
}
