import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import {
  headersToKeep,
  keepPublic,
  readOrClaim,
  replayHeaders,
  ticket,
  type KeptHeaders,
} from '#services/public_cache'

interface CachedAnswer {
  headers: KeptHeaders
  body: string
}

/**
 * An anonymous answer of the public catalogue (the schedule, programs,
 * coaches, news, achievements) from the public cache
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
    const { hit, release } = await readOrClaim<CachedAnswer>(key)
    if (hit) {
      replayHeaders(ctx.response, hit.headers)
      ctx.response.status(200).send(hit.body)
      return
    }
    try {
      const from = ticket()
      await next()
      const body = ctx.response.getBody()
      if (ctx.response.getStatus() === 200 && body && typeof body === 'object') {
        const headers = headersToKeep(ctx.response)
        headers['content-type'] ??= 'application/json; charset=utf-8'
        await keepPublic(from, key, { headers, body: JSON.stringify(body) })
      }
    } finally {
      release()
    }
  }
}
