import { defineConfig } from '@adonisjs/core/bodyparser'
import env from '#start/env'

/**
 * The largest photo an admin may upload (app/services/photos.ts reads it too)
 */
const uploadMaxMb = env.get('UPLOAD_MAX_MB', 8)

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    types: ['application/x-www-form-urlencoded'],
  },
  json: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    types: ['application/json', 'application/json-patch+json', 'application/vnd.api+json'],
  },
  /**
   * Multipart bodies are parsed only on the routes listed in `autoProcess`
   * (route patterns). Any other multipart request is left unread: nothing
   * is written to the temp directory for it. The listed routes are the
   * admin photo uploads (news, achievements, the club's logo), each behind
   * auth; a body past `limit` is a 413 before anything else runs, a photo
   * past UPLOAD_MAX_MB a 422 (app/services/photos.ts), and the temp files
   * are deleted when the request ends (discard_uploads_middleware).
   */
  multipart: {
    autoProcess: [
      '/admin/club',
      '/admin/news',
      '/admin/news/:id',
      '/admin/achievements',
      '/admin/achievements/:id',
      '/api/v1/admin/club',
      '/api/v1/admin/news',
      '/api/v1/admin/news/:id',
      '/api/v1/admin/achievements',
      '/api/v1/admin/achievements/:id',
    ] as string[],
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    processManually: [],
    limit: `${uploadMaxMb + 1}mb`,
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
