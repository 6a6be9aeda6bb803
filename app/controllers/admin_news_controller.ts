import type { HttpContext } from '@adonisjs/core/http'
import ContentPolicy from '#policies/content_policy'
import { uploadMaxMb } from '#services/photos'
import { findNews, listAdminNews } from '#queries/content/news'
import { createNews, deleteNews, updateNews } from '#actions/content/save_news'
import NewsTransformer from '#transformers/news_transformer'
import { serialize } from '#services/serialize'
import { blanksAsNull } from '#services/form_input'
import { localInput, withNewsLabels } from '#services/site_pages'
import { createNewsValidator, listAdminNewsValidator, newsStates } from '#validators/content'

const FIELDS = ['title', 'slug', 'body', 'publish_at', 'remove_photo']

/**
 * The admin's news: every item with its state (draft, scheduled,
 * published) at a glance, the form with a cover photo, a preview as the
 * public will see it, delete (with the photo's files)
 */
export default class AdminNewsController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const query = Object.fromEntries(
      Object.entries(request.qs()).filter(([, value]) => value !== '')
    )
    const [invalid, parsed] = await listAdminNewsValidator.tryValidate(query)
    const filters = invalid ? {} : parsed
    const { news, meta } = await listAdminNews(filters)
    return view.render('pages/admin/news/index', {
      news: withNewsLabels(
        await serialize(NewsTransformer.transform(news).useVariant('forAdmin')),
        i18n.locale
      ),
      meta,
      filters,
      states: newsStates,
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    return view.render('pages/admin/news/form', { item: null, uploadMaxMb })
  }

  async store({ request, response, bouncer, session, i18n, auth }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const input = await request.validateUsing(createNewsValidator, {
      data: blanksAsNull(request.only(FIELDS)),
    })
    const news = await createNews(input, request.file('photo'), auth.getUserOrFail().id)
    session.flash('success', i18n.t('site.admin.news.flash.created', { title: news.title }))
    return response.redirect().toRoute('admin.news.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const item = await serialize(
      NewsTransformer.transform(await findNews(params.id)).useVariant('forAdmin')
    )
    return view.render('pages/admin/news/form', {
      item: { ...item, publish_at_input: localInput(item.publish_at) },
      uploadMaxMb,
    })
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const news = await findNews(params.id)
    const input = await request.validateUsing(createNewsValidator, {
      data: { publish_at: null, ...blanksAsNull(request.only(FIELDS)) },
    })
    const removePhoto = ['1', 'on', 'true'].includes(String(request.input('remove_photo')))
    await updateNews(news, { ...input, remove_photo: removePhoto }, request.file('photo'))
    session.flash('success', i18n.t('site.admin.news.flash.saved', { title: news.title }))
    return response.redirect().toRoute('admin.news.index')
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const news = await findNews(params.id)
    await deleteNews(news)
    session.flash('success', i18n.t('site.admin.news.flash.deleted', { title: news.title }))
    return response.redirect().toRoute('admin.news.index')
  }

  /**
   * The item as the public will see it, whatever its state
   */
  async preview({ params, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const [item] = withNewsLabels(
      [
        await serialize(
          NewsTransformer.transform(await findNews(params.id)).useVariant('forAdmin')
        ),
      ],
      i18n.locale
    )
    return view.render('pages/news/show', { item, preview: true })
  }
}
