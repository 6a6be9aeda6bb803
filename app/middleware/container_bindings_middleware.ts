import { Logger } from '@adonisjs/core/logger'
import { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Binds the request's context and logger in the container, and echoes the
 * request id so a user's report can be matched with the JSON logs.
 */
export default class ContainerBindingsMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    ctx.containerResolver.bindValue(HttpContext, ctx)
    ctx.containerResolver.bindValue(Logger, ctx.logger)
    const requestId = ctx.request.id()
    if (requestId) {
      ctx.response.header('X-Request-Id', requestId)
    }
    return next()
  }
}
