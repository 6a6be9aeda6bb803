import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import DomainError from '#exceptions/domain_error'

/**
 * The first input field (body or query string) holding a NUL character,
 * as a dotted path (`attendances.0.notes`)
 */
function nulField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulField(item, path ? `${path}.${index}` : String(index))
      if (found) return found
    }
    return null
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return path ? `${path}.${key}` : key
      const found = nulField(item, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

/**
 * PostgreSQL cannot store NUL in text: a NUL anywhere in the input is a
 * 422 naming the field, for every route, before any query runs
 */
export default class RefuseNulMiddleware {
  handle({ request }: HttpContext, next: NextFn) {
    const field = nulField(request.qs(), '') ?? nulField(request.body(), '')
    if (field) {
      throw DomainError.invalid(field, 'no_nul')
    }
    return next()
  }
}
