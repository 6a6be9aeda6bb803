import type { DateTime } from 'luxon'
import News from '#models/news'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm } from '#queries/schedule/list_training_sessions'
import { clock } from '#services/clock'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface ListNewsFilters {
  page?: number
  limit?: number
  search?: string
  state?: 'draft' | 'scheduled' | 'published'
}

/**
 * Published news (publish time reached), newest first: the public list,
 * GET /news and the home page. "Now" comes from the clock (tests move it).
 */
export async function listPublishedNews(filters: ListNewsFilters, now: DateTime = clock.now()) {
  const paginator = await News.query()
    .whereNotNull('publish_at')
    .where('publish_at', '<=', now.toJSDate())
    .if(filters.search, (query) => query.whereILike('title', likeTerm(filters.search!)))
    .preload('author')
    .orderBy('publish_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { news: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * One published item by id or slug; before its publish time it does not
 * exist for the public (404 NEWS_NOT_FOUND)
 */
export async function findPublishedNews(idOrSlug: string, now: DateTime = clock.now()) {
  return News.query()
    .where(UUID.test(idOrSlug) ? 'id' : 'slug', idOrSlug)
    .whereNotNull('publish_at')
    .where('publish_at', '<=', now.toJSDate())
    .preload('author')
    .firstOrFail()
}

/**
 * Every item for the admin, with its state filter; scheduled and drafts
 * first, then by publish time
 */
export async function listAdminNews(filters: ListNewsFilters, now: DateTime = clock.now()) {
  const at = now.toJSDate()
  const paginator = await News.query()
    .if(filters.state === 'draft', (query) => query.whereNull('publish_at'))
    .if(filters.state === 'scheduled', (query) => query.where('publish_at', '>', at))
    .if(filters.state === 'published', (query) => query.where('publish_at', '<=', at))
    .if(filters.search, (query) => query.whereILike('title', likeTerm(filters.search!)))
    .preload('author')
    .orderByRaw('publish_at desc nulls first')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { news: paginator.all(), meta: paginatorMeta(paginator) }
}

export async function findNews(id: string) {
  return News.query().where('id', id).preload('author').firstOrFail()
}
