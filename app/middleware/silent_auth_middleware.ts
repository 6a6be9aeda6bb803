import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Knows who is asking without requiring it: pages look at the session,
 * the API at the bearer token. Public endpoints use this to show more to
 * staff and participants. A sessionless visitor's request
 * (app/services/sessionless.ts) has no one to find.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.url().startsWith('/api/')) {
      if (ctx.request.header('authorization')) {
        await ctx.auth.checkUsing(['api'])
      }
    } else if (ctx.session) {
      await ctx.auth.checkUsing(['web'])
    }
    return next()
  }
}
