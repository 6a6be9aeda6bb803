import type { HttpContext } from '@adonisjs/core/http'
import { readPhoto } from '#services/photos'

/**
 * GET /media/* — stored photos from the drive (local disk or S3). Names
 * are generated and never reused, so a file is cached for a year.
 */
export default class MediaController {
  async show({ params, response }: HttpContext) {
    const path = (params['*'] as string[]).join('/')
    const bytes = await readPhoto(path)
    if (!bytes) {
      return response.status(404).send('')
    }
    response.header('Content-Type', 'image/webp')
    response.header('Cache-Control', 'public, max-age=31536000, immutable')
    response.header('X-Content-Type-Options', 'nosniff')
    return response.send(Buffer.from(bytes))
  }
}
