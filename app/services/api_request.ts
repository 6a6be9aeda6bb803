import type { HttpContext } from '@adonisjs/core/http'

/**
 * API requests answer JSON: everything under /api, and any client that asks
 * for JSON and not HTML.
 */
export function isApiRequest(ctx: HttpContext) {
  if (ctx.request.url().startsWith('/api/')) {
    return true
  }
  const accept = ctx.request.header('accept') ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
}
