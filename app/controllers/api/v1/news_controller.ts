import type { HttpContext } from '@adonisjs/core/http'
import { validateListQuery } from '#services/pagination'
import { findPublishedNews, listPublishedNews } from '#queries/content/news'
import NewsTransformer from '#transformers/news_transformer'
import { listNewsValidator } from '#validators/content'

/**
 * /api/v1/news — published news, by id or slug (public)
 */
export default class NewsController {
  async index({ request, response }: HttpContext) {
    const filters = await validateListQuery(request, listNewsValidator)
    const { news, meta } = await listPublishedNews(filters)
    return response.success(NewsTransformer.transform(news), { meta })
  }

  async show({ params, response }: HttpContext) {
    const news = await findPublishedNews(params.id)
    return response.success(NewsTransformer.transform(news).useVariant('forDetail'))
  }
}
