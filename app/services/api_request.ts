import type { HttpContext } from '@adonisjs/core/http'

/**
 * API requests answer JSON: everything under /api and Transmit's routes
 * (called by scripts), and any client that asks for JSON and not HTML.
 */
export function isApiRequest(ctx: HttpContext) {
  const url = ctx.request.url()
  if (url.startsWith('/api/') || url.startsWith('/__transmit/')) {
    return true
  }
  const accept = ctx.request.header('accept') ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
}
