import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { keepPublic, readPublic, ticket } from '#services/public_cache'

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * An anonymous answer of the public catalogue (the schedule, programs,
 * coaches, news, achievements) from the public cache
 * (app/services/public_cache.ts): without a bearer token everyone gets the
 * same JSON for the same URL and language. A request with a token (staff
 * and members see more) always runs the route. Only 200 answers are kept;
 * the rate limit before this still counts every request.
 */
export default class PublicAnswerCacheMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.header('authorization') || ctx.request.method() !== 'GET') {
      return next()
    }
    const key = `api:${ctx.i18n.locale}:${ctx.request.url(true)}`
    const hit = await readPublic<string>(key)
    if (hit !== undefined) {
      ctx.response.header('Content-Type', JSON_TYPE)
      ctx.response.status(200).send(hit)
      return
    }
    const from = ticket()
    await next()
    const body = ctx.response.getBody()
    if (ctx.response.getStatus() === 200 && body && typeof body === 'object') {
      await keepPublic(from, key, JSON.stringify(body))
    }
  }
}
