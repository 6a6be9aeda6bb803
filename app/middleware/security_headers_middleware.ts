import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Headers every answer carries, also the ones Shield never sees: static
 * files (served before the router) and 404s for unknown URLs. Shield sets
 * the full CSP and HSTS on routed requests; this is the floor for all.
 */
const FLOOR: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

/**
 * What an answer without Shield's CSP gets: nothing may load or frame it
 * from elsewhere (static files, error pages rendered before routing)
 */
const FALLBACK_CSP =
  "default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

export default class SecurityHeadersMiddleware {
  handle({ response }: HttpContext, next: NextFn) {
    for (const [name, value] of Object.entries(FLOOR)) {
      response.header(name, value)
    }
    /**
     * Written on the Node response itself, as Shield (helmet) writes its
     * own: on routed requests Shield's full policy replaces this one
     */
    response.response.setHeader('Content-Security-Policy', FALLBACK_CSP)
    return next()
  }
}
