import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { DateTime } from 'luxon'
import News from '#models/news'
import DomainError from '#exceptions/domain_error'
import { deletePhoto } from '#services/photos'
import { withPhoto } from '#actions/content/photo_write'

export interface NewsInput {
  title: string
  slug?: string | null
  body: string
  publish_at?: DateTime | null
  remove_photo?: boolean
}

const UNIQUE_VIOLATION = '23505'

/**
 * A URL slug from a title: "Juara 1 Panahan Nasional!" → "juara-1-panahan-nasional"
 */
export function slugOf(title: string) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
  return slug || 'berita'
}

/**
 * The slug asked for, or the title's with -2, -3 … when another item has it
 */
async function freeSlug(base: string, exceptId?: string) {
  const taken = await News.query()
    .where((query) => query.where('slug', base).orWhere('slug', 'like', `${base}-%`))
    .if(exceptId, (query) => query.whereNot('id', exceptId!))
    .select('slug')
  const used = new Set(taken.map((row) => row.slug))
  if (!used.has(base)) return base
  let n = 2
  while (used.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

async function saving<T>(work: () => Promise<T>) {
  try {
    return await work()
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw DomainError.invalid('slug', 'slug_taken')
    }
    throw error
  }
}

export async function createNews(
  input: NewsInput,
  photo: MultipartFile | null | undefined,
  authorId: string | null
) {
  const slug = input.slug ? input.slug : await freeSlug(slugOf(input.title))
  if (input.slug && (await News.findBy('slug', input.slug))) {
    throw DomainError.invalid('slug', 'slug_taken')
  }
  return withPhoto({ file: photo, folder: 'news', current: null }, (photoKey) =>
    saving(() =>
      News.create({
        title: input.title,
        slug,
        body: input.body,
        publishAt: input.publish_at ?? null,
        photoKey,
        authorId,
      })
    )
  )
}

export async function updateNews(
  news: News,
  input: Partial<NewsInput>,
  photo: MultipartFile | null | undefined
) {
  if (input.slug && input.slug !== news.slug) {
    const other = await News.query().where('slug', input.slug).whereNot('id', news.id).first()
    if (other) throw DomainError.invalid('slug', 'slug_taken')
  }
  return withPhoto(
    { file: photo, folder: 'news', current: news.photoKey, remove: input.remove_photo },
    (photoKey) => {
      if (input.title) news.title = input.title
      if (input.slug) news.slug = input.slug
      if (input.body) news.body = input.body
      if (input.publish_at !== undefined) news.publishAt = input.publish_at
      news.photoKey = photoKey
      return saving(() => news.save())
    }
  )
}

/**
 * Deletes the item, then its photo files
 */
export async function deleteNews(news: News) {
  const key = news.photoKey
  await news.delete()
  await deletePhoto(key)
}
