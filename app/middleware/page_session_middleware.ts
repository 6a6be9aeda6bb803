import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import { isSessionless } from '#services/sessionless'

/**
 * The portal session for pages (and Transmit's routes), never for the JSON
 * API: /api/v1 signs in with bearer tokens, so opening a session there only
 * costs a read, a write and a Set-Cookie per request (docs/performance.md).
 * Nor for a visitor without a session cookie reading a content page
 * (app/services/sessionless.ts). The exception handler and every page
 * helper read `ctx.session?`.
 */
/**
 * The chat widget's start (POST /api/v1/chat/sessions) is the one API call
 * that reads the portal session: a signed-in parent's chat is linked to
 * their account (GET /me/chat-sessions)
 */
function startsPortalChat(ctx: HttpContext) {
  return ctx.request.method() === 'POST' && ctx.request.url() === '/api/v1/chat/sessions'
}

@inject()
export default class PageSessionMiddleware {
  constructor(protected session: SessionMiddleware<any>) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.url().startsWith('/api/v1/') && !startsPortalChat(ctx)) {
      return next()
    }
    if (isSessionless(ctx)) {
      return next()
    }
    return this.session.handle(ctx, next)
  }
}
