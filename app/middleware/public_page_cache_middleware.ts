import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isSessionless } from '#services/sessionless'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { answerThroughPublicCache, forgetPublic } from '#services/public_cache'

/**
 * A visitor's content page (app/services/sessionless.ts) from the public
 * cache (app/services/public_cache.ts): the same page for every visitor in
 * the same language at the same URL. Runs right after the file server:
 * everything after it (CORS, auth, the language, the club, the bouncer,
 * Shield) runs only to make a page, so a kept page carries its headers
 * (CSP, HSTS, cache-control, language, …) with it; its language is picked
 * the way the locale middleware will pick it. Only complete 200 HTML
 * answers that set no cookie are kept.
 *
 * Any other request that may write (POST, PUT, PATCH, DELETE) empties this
 * instance's cache before its answer leaves, so whoever wrote reads their
 * own write at once; other instances learn of it from PostgreSQL's NOTIFY
 * at commit.
 */
export default class PublicPageCacheMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const method = ctx.request.method()
    if (method !== 'GET' && method !== 'HEAD') {
      try {
        return await next()
      } finally {
        await forgetPublic()
      }
    }
    if (!isSessionless(ctx) || ctx.request.url().startsWith('/__transmit/')) {
      return next()
    }
    const key = `page:${requestLocale(ctx)}:${ctx.request.url(true)}`
    return answerThroughPublicCache(ctx, key, next, (response) => {
      const body = response.getBody()
      // a rendered view's type is set when the answer is written, after this
      const type = String(response.getHeader('Content-Type') ?? 'text/html; charset=utf-8')
      const setsCookie =
        response.getHeader('Set-Cookie') || response.response.getHeader('Set-Cookie')
      return typeof body === 'string' && type.startsWith('text/html') && !setsCookie
        ? { body, type }
        : undefined
    })
  }
}
