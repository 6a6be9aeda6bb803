import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf, queryOf } from '../validators.js'
import {
  createAchievementValidator,
  createNewsValidator,
  listAchievementsValidator,
  listAdminNewsValidator,
  listNewsValidator,
  updateAchievementValidator,
  updateClubValidator,
  updateNewsValidator,
} from '#validators/content'

/**
 * The club's site (seed 001's company profile): its identity, news and
 * achievements. Reads are public and gated by publish time; admins write,
 * as JSON or as multipart with a photo.
 */

const news = ['news']
const achievements = ['achievements']
const club = ['club']

const photo = (name = 'photo') => ({
  [name]: s.optional(
    s.string({
      format: 'binary',
      description:
        'A JPEG, PNG or WebP image (judged by its content), at most UPLOAD_MAX_MB (8 MB by default); stored as a 1600 px display size and a 480 × 320 thumbnail. Multipart only.',
    })
  ),
})
const photoErrors = [
  { status: 413, codes: ['PAYLOAD_TOO_LARGE'], description: 'The body is past the upload limit' },
  { status: 422, codes: ['VALIDATION_FAILED', 'PHOTO_INVALID', 'PHOTO_TOO_LARGE'] },
]
const publishAt = s.optional(
  s.nullable(
    s.dateTime({
      description:
        'Public from this moment; without an offset it is club time; null or absent: a draft',
    })
  )
)
const multipartNote =
  ' Send `application/json`, or `multipart/form-data` with the same fields and the file.'

/**
 * An upload operation takes the same fields as JSON too (without a file)
 */
function alsoJson(operation: ReturnType<typeof op>) {
  const content = operation.requestBody?.content
  if (content?.['multipart/form-data']) {
    content['application/json'] = { schema: content['multipart/form-data'].schema }
  }
  return operation
}

export const tags: ApiArea['tags'] = [
  { name: 'club', description: "The club's identity: name, logo, contacts, hours, social links." },
  {
    name: 'news',
    description:
      'News of the club. The public sees an item only from its publish time on (a 404 before, in the list and by id or slug).',
  },
  {
    name: 'achievements',
    description:
      "Achievements of members and of the club, public from their date on (club time). A member's achievements also appear on their parent's dashboard.",
  },
]

export const schemas: ApiArea['schemas'] = {
  Club: s.object({
    name: s.string({ example: 'Klub Panahan Garuda' }),
    description: s.nullable(s.string()),
    logo: s.nullable(s.object({ url: s.string(), thumb_url: s.string() })),
    address: s.nullable(s.string()),
    wa_number: s.nullable(s.string()),
    wa_link: s.nullable(s.string({ description: 'A WhatsApp click-to-chat link for the number' })),
    email: s.nullable(s.string()),
    opening_hours: s.nullable(s.string()),
    social_links: s.array(
      s.object({
        network: s.enum(['instagram', 'facebook', 'youtube', 'tiktok']),
        url: s.string(),
      })
    ),
  }),
}

const newsBody = bodyOf(createNewsValidator, { publish_at: publishAt, ...photo() })
const newsUpdate = bodyOf(updateNewsValidator, { publish_at: publishAt, ...photo() })
const achievementBody = bodyOf(createAchievementValidator, {
  member_id: s.optional(
    s.nullable(s.uuid({ description: 'Required when type is member; must exist' }))
  ),
  date: s.date(),
  ...photo(),
})
const achievementUpdate = bodyOf(updateAchievementValidator, {
  member_id: s.optional(s.nullable(s.uuid())),
  date: s.optional(s.date()),
  ...photo(),
})

export const paths: ApiArea['paths'] = {
  '/club': {
    get: op({
      summary: "The club's identity",
      tags: club,
      auth: false,
      response: s.ref('Club'),
    }),
  },
  '/admin/club': {
    put: alsoJson(
      op({
        summary: "Save the club's identity",
        description: `The logo is the file \`logo\`; \`remove_logo: true\` drops it.${multipartNote}`,
        tags: club,
        roles: ['admin'],
        body: bodyOf(updateClubValidator, photo('logo')),
        bodyType: 'multipart/form-data',
        response: s.ref('Club'),
        errors: photoErrors,
      })
    ),
  },
  '/news': {
    get: op({
      summary: 'Published news',
      description: 'Newest first; items whose publish time has not come are not listed.',
      tags: news,
      auth: false,
      list: true,
      query: queryOf(listNewsValidator, { list: true }),
      response: s.ref('News'),
    }),
  },
  '/news/{id}': {
    get: op({
      summary: 'A published news item, by id or slug',
      description:
        'The body as Markdown and as sanitised HTML. Before its publish time the item is a 404.',
      tags: news,
      auth: false,
      response: s.ref('NewsDetail'),
      errors: [404],
    }),
  },
  '/admin/news': {
    get: op({
      summary: 'Every news item, with its state',
      tags: news,
      roles: ['admin'],
      list: true,
      query: queryOf(listAdminNewsValidator, { list: true }),
      response: s.ref('AdminNews'),
    }),
    post: alsoJson(
      op({
        summary: 'Create a news item',
        description: `The slug defaults to one made from the title. The cover is the file \`photo\`.${multipartNote}`,
        tags: news,
        roles: ['admin'],
        body: newsBody,
        bodyType: 'multipart/form-data',
        status: 201,
        response: s.ref('AdminNews'),
        errors: photoErrors,
      })
    ),
  },
  '/admin/news/{id}': {
    get: op({
      summary: 'A news item in any state',
      tags: news,
      roles: ['admin'],
      response: s.ref('AdminNews'),
      errors: [404],
    }),
    put: alsoJson(
      op({
        summary: 'Edit a news item',
        description: `Only what is sent changes; a new \`photo\` replaces the cover (the old files are deleted), \`remove_photo: true\` drops it.${multipartNote}`,
        tags: news,
        roles: ['admin'],
        body: newsUpdate,
        bodyType: 'multipart/form-data',
        response: s.ref('AdminNews'),
        errors: [404, ...photoErrors],
      })
    ),
    delete: op({
      summary: 'Delete a news item and its photo files',
      tags: news,
      roles: ['admin'],
      response: s.object({ id: s.uuid() }),
      errors: [404],
    }),
  },
  '/achievements': {
    get: op({
      summary: 'Achievements whose date has come',
      tags: achievements,
      auth: false,
      list: true,
      query: queryOf(listAchievementsValidator, { list: true }),
      response: s.ref('Achievement'),
    }),
  },
  '/achievements/{id}': {
    get: op({
      summary: 'An achievement',
      description: 'Before its date it is a 404.',
      tags: achievements,
      auth: false,
      response: s.ref('Achievement'),
      errors: [404],
    }),
  },
  '/admin/achievements': {
    get: op({
      summary: 'Every achievement, also future ones',
      tags: achievements,
      roles: ['admin'],
      list: true,
      query: queryOf(listAchievementsValidator, { list: true }),
      response: s.ref('AdminAchievement'),
    }),
    post: alsoJson(
      op({
        summary: 'Create an achievement',
        description: `A \`member\` achievement needs an existing \`member_id\`; a \`club\` one has none. The photo is the file \`photo\`.${multipartNote}`,
        tags: achievements,
        roles: ['admin'],
        body: achievementBody,
        bodyType: 'multipart/form-data',
        status: 201,
        response: s.ref('AdminAchievement'),
        errors: photoErrors,
      })
    ),
  },
  '/admin/achievements/{id}': {
    get: op({
      summary: 'An achievement (admin view)',
      tags: achievements,
      roles: ['admin'],
      response: s.ref('AdminAchievement'),
      errors: [404],
    }),
    put: alsoJson(
      op({
        summary: 'Edit an achievement',
        description: `Only what is sent changes; a new \`photo\` replaces the old one's files, \`remove_photo: true\` drops it.${multipartNote}`,
        tags: achievements,
        roles: ['admin'],
        body: achievementUpdate,
        bodyType: 'multipart/form-data',
        response: s.ref('AdminAchievement'),
        errors: [404, ...photoErrors],
      })
    ),
    delete: op({
      summary: 'Delete an achievement and its photo files',
      tags: achievements,
      roles: ['admin'],
      response: s.object({ id: s.uuid() }),
      errors: [404],
    }),
  },
}
