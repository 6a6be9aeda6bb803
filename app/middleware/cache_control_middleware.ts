import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Answers made for a person (pages, JSON, redirects) are checked with the
 * server on every use and never kept by shared caches; a route may say
 * otherwise. Files are not concerned: the static middleware answers them
 * before this runs (built assets with a one-year immutable cache, see
 * config/static.ts).
 */
export default class CacheControlMiddleware {
  handle({ response }: HttpContext, next: NextFn) {
    response.header('Cache-Control', 'no-cache, private')
    return next()
  }
}
