import type { HttpContext } from '@adonisjs/core/http'
import { openApiDocument } from '../openapi/index.js'
import { docsView } from '../openapi/docs_view.js'

/**
 * The API description: the raw OpenAPI document for tools, and a page for
 * people. Both public.
 */
export default class ApiDocsController {
  /**
   * GET /api/v1/openapi.json (the plain document, no envelope)
   */
  async document({ response }: HttpContext) {
    response.header('Cache-Control', 'no-cache')
    return response.json(openApiDocument())
  }

  /**
   * GET /api/docs
   */
  async show({ view }: HttpContext) {
    return view.render('pages/api_docs', { docs: docsView(openApiDocument()) })
  }
}
