import { BaseTransformer } from '@adonisjs/core/transformers'
import type News from '#models/news'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import { markdownExcerpt, renderMarkdown } from '#services/markdown'
import { photoUrls } from '#services/photos'
import { clock } from '#services/clock'

export const photoShape = () =>
  s.nullable(
    s.object({
      url: s.string({ description: 'Display size (WebP, at most 1600 px wide)' }),
      thumb_url: s.string({ description: 'Thumbnail (WebP, 480 × 320)' }),
    })
  )

const item = s.object({
  id: s.uuid(),
  title: s.string({ example: 'Juara umum Kejurda Panahan 2026' }),
  slug: s.string({ example: 'juara-umum-kejurda-panahan-2026' }),
  excerpt: s.string({ description: 'The body as plain text, shortened' }),
  photo: photoShape(),
  publish_at: s.nullable(s.dateTime({ description: 'Public from this moment; null: a draft' })),
  author_name: s.nullable(s.string()),
})

/**
 * A news item: the public list, the detail with its body (Markdown and the
 * sanitised HTML), and the admin view with its state
 */
export default class NewsTransformer extends BaseTransformer<News> {
  static shapes: TransformerShapes<'toObject' | 'forDetail' | 'forAdmin'> = {
    toObject: { name: 'News', schema: item },
    forDetail: {
      name: 'NewsDetail',
      schema: s.extend(item, {
        body: s.string({ description: 'Markdown' }),
        body_html: s.string({ description: 'The body rendered; no raw HTML passes' }),
      }),
    },
    forAdmin: {
      name: 'AdminNews',
      schema: s.extend(item, {
        body: s.string({ description: 'Markdown' }),
        body_html: s.string(),
        state: s.enum(['draft', 'scheduled', 'published']),
        author_id: s.nullable(s.uuid()),
        created_at: s.dateTime(),
        updated_at: s.dateTime(),
      }),
    },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      title: row.title,
      slug: row.slug,
      excerpt: markdownExcerpt(row.body),
      photo: photoUrls(row.photoKey),
      publish_at: iso(row.publishAt),
      author_name: row.author?.name ?? null,
    }
  }

  forDetail() {
    return {
      ...this.toObject(),
      body: this.resource.body,
      body_html: renderMarkdown(this.resource.body),
    }
  }

  forAdmin() {
    return {
      ...this.forDetail(),
      state: this.resource.stateAt(clock.now()),
      author_id: this.resource.authorId,
      created_at: iso(this.resource.createdAt),
      updated_at: iso(this.resource.updatedAt),
    }
  }
}
