import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isSessionless } from '#services/sessionless'
import {
  forgetPublic,
  headersToKeep,
  keepPublic,
  readOrClaim,
  replayHeaders,
  ticket,
  type KeptHeaders,
} from '#services/public_cache'

interface CachedPage {
  headers: KeptHeaders
  body: string
}

/**
 * A visitor's content page (app/services/sessionless.ts) from the public
 * cache (app/services/public_cache.ts): the same page for every visitor in
 * the same language at the same URL. Runs after the language is known;
 * what comes after it (the club, the bouncer, Shield) runs only to make a
 * page, so a kept page carries its headers (CSP, HSTS, …) with it. Only
 * complete 200 HTML answers that set no cookie are kept.
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
    const key = `page:${ctx.i18n.locale}:${ctx.request.url(true)}`
    const { hit, release } = await readOrClaim<CachedPage>(key)
    if (hit) {
      replayHeaders(ctx.response, hit.headers)
      ctx.response.status(200).send(hit.body)
      return
    }
    try {
      const from = ticket()
      await next()
      const body = ctx.response.getBody()
      // a rendered view's type is set when the answer is written, after this
      const type = String(ctx.response.getHeader('Content-Type') ?? 'text/html; charset=utf-8')
      if (
        ctx.response.getStatus() === 200 &&
        typeof body === 'string' &&
        type.startsWith('text/html') &&
        !ctx.response.getHeader('Set-Cookie') &&
        !ctx.response.response.getHeader('Set-Cookie')
      ) {
        const headers = headersToKeep(ctx.response)
        headers['content-type'] ??= type
        await keepPublic(from, key, { headers, body })
      }
    } finally {
      release()
    }
  }
}
