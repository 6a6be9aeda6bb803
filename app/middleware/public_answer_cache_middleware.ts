import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { answerThroughPublicCache } from '#services/public_cache'

/**
 * An anonymous answer of the public catalogue (the schedule, programs,
 * coaches) from the public cache
 * (app/services/public_cache.ts): without a bearer token everyone gets the
 * same JSON for the same URL and language. A request with a token (staff
 * and members see more) always runs the route. Only 200 answers are kept;
 * the rate limit before this still counts every request. Shield runs
 * before route middleware, so its headers are on every answer anyway.
 */
export default class PublicAnswerCacheMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.header('authorization') || ctx.request.method() !== 'GET') {
      return next()
    }
    const key = `api:${ctx.i18n.locale}:${ctx.request.url(true)}`
    return answerThroughPublicCache(ctx, key, next, (response) => {
      const body = response.getBody()
      return body && typeof body === 'object'
        ? { body: JSON.stringify(body), type: 'application/json; charset=utf-8' }
        : undefined
    })
  }
}
