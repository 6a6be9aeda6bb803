import compression from 'compression'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

type NodeHandler = ReturnType<typeof compression>

/**
 * Brotli or gzip for pages, JSON and built assets, as the browser's
 * Accept-Encoding allows. No AdonisJS package does this; `compression`
 * (the Express one, brotli since 1.8) works on Node's own request and
 * response, which AdonisJS writes through, so it wraps them here.
 *
 * On in production only: in development and tests bodies stay readable.
 * Server-sent events (Transmit) are never compressed, since a compressor
 * holds back the small messages it is given.
 */
export default class CompressionMiddleware {
  #compress: NodeHandler | null

  constructor(enabled: boolean = app.inProduction) {
    this.#compress = enabled
      ? compression({
          filter: (req, res) => {
            const type = String(res.getHeader('Content-Type') ?? '')
            return !type.startsWith('text/event-stream') && compression.filter(req, res)
          },
        })
      : null
  }

  async handle({ request, response }: HttpContext, next: NextFn) {
    const compress = this.#compress
    if (compress) {
      await new Promise<void>((resolve, reject) => {
        compress(request.request as any, response.response as any, (error?: unknown) =>
          error ? reject(error) : resolve()
        )
      })
    }
    return next()
  }
}
