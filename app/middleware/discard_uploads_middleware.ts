import { unlink } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * The temp files of a multipart upload (only the routes listed in
 * config/bodyparser.ts take any) are deleted when the request ends,
 * whatever happened: a stored photo was copied to the drive by then, a
 * refused one (CSRF, validation, a policy) is gone too
 */
export default class DiscardUploadsMiddleware {
  async handle({ request }: HttpContext, next: NextFn) {
    try {
      return await next()
    } finally {
      if (request.bodyType === 'multipart') {
        const files = Object.values(request.allFiles()).flat()
        await Promise.all(
          files.map((file) => (file.tmpPath ? unlink(file.tmpPath).catch(() => {}) : undefined))
        )
      }
    }
  }
}
