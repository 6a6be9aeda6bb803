import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import { isSessionless } from '#services/sessionless'

let apiShield: ShieldMiddleware | undefined

/**
 * Shield for every route, with CSRF for pages only. Shield's CSRF guard
 * runs even for the routes it exempts: it reads a secret from the session,
 * signs a token, sets the encrypted XSRF-TOKEN cookie and builds an Edge
 * renderer to share the token. /api/v1 takes no cookies (bearer tokens),
 * so it gets the same headers (CSP, frame, HSTS, nosniff) without that;
 * so does a visitor's sessionless request (app/services/sessionless.ts),
 * which has no session to keep a CSRF secret in and no credential to forge.
 */
@inject()
export default class PageShieldMiddleware {
  constructor(protected shield: ShieldMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (!ctx.request.url().startsWith('/api/v1/') && !isSessionless(ctx)) {
      return this.shield.handle(ctx, next)
    }
    // a sessionless page shows the language switch without a CSRF field
    // (Transmit's and the switch's own requests render no view)
    const method = ctx.request.method()
    if (isSessionless(ctx) && (method === 'GET' || method === 'HEAD')) {
      ctx.view.share({ sessionless: true })
    }
    apiShield ??= new ShieldMiddleware(
      { ...app.config.get<any>('shield'), csrf: { enabled: false } },
      encryption.use()
    )
    return apiShield.handle(ctx, next)
  }
}
