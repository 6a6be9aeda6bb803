import type { HttpContext } from '@adonisjs/core/http'
import { findPublishedNews, listPublishedNews } from '#queries/content/news'
import NewsTransformer from '#transformers/news_transformer'
import { serialize } from '#services/serialize'
import { withNewsLabels } from '#services/site_pages'
import { listNewsValidator } from '#validators/content'

/**
 * The club's news: the published list (paged) and an item by its slug;
 * before its publish time an item is a 404
 */
export default class NewsController {
  async index({ request, view, i18n }: HttpContext) {
    const [invalid, parsed] = await listNewsValidator.tryValidate(request.qs())
    const filters = invalid ? {} : parsed
    const { news, meta } = await listPublishedNews({ ...filters, limit: filters.limit ?? 10 })
    return view.render('pages/news/index', {
      news: withNewsLabels(await serialize(NewsTransformer.transform(news)), i18n.locale),
      meta,
      filters,
    })
  }

  async show({ params, view, i18n }: HttpContext) {
    const news = await findPublishedNews(params.slug)
    const [item] = withNewsLabels(
      [await serialize(NewsTransformer.transform(news).useVariant('forDetail'))],
      i18n.locale
    )
    return view.render('pages/news/show', { item, preview: false })
  }
}
