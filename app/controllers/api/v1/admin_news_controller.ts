import type { HttpContext } from '@adonisjs/core/http'
import ContentPolicy from '#policies/content_policy'
import { validateListQuery } from '#services/pagination'
import { findNews, listAdminNews } from '#queries/content/news'
import { createNews, deleteNews, updateNews } from '#actions/content/save_news'
import NewsTransformer from '#transformers/news_transformer'
import {
  createNewsValidator,
  listAdminNewsValidator,
  updateNewsValidator,
} from '#validators/content'

/**
 * /api/v1/admin/news — every item in any state; JSON or multipart (the
 * cover photo is the file `photo`)
 */
export default class AdminNewsController {
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const filters = await validateListQuery(request, listAdminNewsValidator)
    const { news, meta } = await listAdminNews(filters)
    return response.success(NewsTransformer.transform(news).useVariant('forAdmin'), { meta })
  }

  async show({ params, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const news = await findNews(params.id)
    return response.success(NewsTransformer.transform(news).useVariant('forAdmin'))
  }

  async store({ request, response, bouncer, auth }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const input = await request.validateUsing(createNewsValidator)
    const created = await createNews(input, request.file('photo'), auth.getUserOrFail().id)
    const news = await findNews(created.id)
    return response.success(NewsTransformer.transform(news).useVariant('forAdmin'), {
      status: 201,
      message: 'api.news_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const news = await findNews(params.id)
    const input = await request.validateUsing(updateNewsValidator)
    await updateNews(news, input, request.file('photo'))
    return response.success(NewsTransformer.transform(news).useVariant('forAdmin'), {
      message: 'api.news_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const news = await findNews(params.id)
    await deleteNews(news)
    return response.success({ id: news.id }, { message: 'api.news_deleted' })
  }
}
