import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'
import { existing, isoDate, isoDateTime } from '#validators/training_session'

export const newsStates = ['draft', 'scheduled', 'published'] as const
export const achievementTypes = ['member', 'club'] as const

const title = () => vine.string().trim().minLength(3).maxLength(200)
const slug = () =>
  vine
    .string()
    .trim()
    .toLowerCase()
    .maxLength(220)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const body = () => vine.string().trim().minLength(1).maxLength(50_000)
const url = () => vine.string().trim().maxLength(300).url({ require_protocol: true })
const flag = () => vine.boolean().optional()

/**
 * GET /news (public) and GET /admin/news (`state` for staff)
 */
export const listNewsValidator = vine.create(vine.object({ ...listQuery }))
export const listAdminNewsValidator = vine.create(
  vine.object({ ...listQuery, state: vine.enum(newsStates).optional() })
)

/**
 * POST /admin/news. `publish_at` empty is a draft; without an offset it is
 * club time. `slug` defaults to one made from the title. The cover photo
 * is the multipart file `photo`.
 */
export const createNewsValidator = vine.create(
  vine.object({
    title: title(),
    slug: slug().nullable().optional(),
    body: body(),
    publish_at: isoDateTime().nullable().optional(),
  })
)

/**
 * PUT /admin/news/:id — only what is sent changes; `remove_photo` drops
 * the cover
 */
export const updateNewsValidator = vine.create(
  vine.object({
    title: title().optional(),
    slug: slug().nullable().optional(),
    body: body().optional(),
    publish_at: isoDateTime().nullable().optional(),
    remove_photo: flag(),
  })
)

/**
 * GET /achievements (public) and GET /admin/achievements
 */
export const listAchievementsValidator = vine.create(
  vine.object({ ...listQuery, type: vine.enum(achievementTypes).optional() })
)

const achievementFields = {
  title: title(),
  description: vine.string().trim().minLength(1).maxLength(5000),
  date: isoDate(),
}

/**
 * POST /admin/achievements: a `member` achievement needs an existing
 * `member_id`; a `club` one ignores it
 */
export const createAchievementValidator = vine.create(
  vine.object({
    type: vine.enum(achievementTypes),
    member_id: existing('members').nullable().optional().requiredWhen('type', '=', 'member'),
    ...achievementFields,
  })
)

export const updateAchievementValidator = vine.create(
  vine.object({
    type: vine.enum(achievementTypes).optional(),
    member_id: existing('members').nullable().optional().requiredWhen('type', '=', 'member'),
    title: achievementFields.title.clone().optional(),
    description: achievementFields.description.clone().optional(),
    date: isoDate().optional(),
    remove_photo: flag(),
  })
)

/**
 * PUT /admin/club — the club's identity; the logo is the multipart file
 * `logo`
 */
export const updateClubValidator = vine.create(
  vine.object({
    name: vine.string().trim().minLength(2).maxLength(120),
    description: vine.string().trim().maxLength(500).nullable().optional(),
    address: vine.string().trim().maxLength(500).nullable().optional(),
    wa_number: vine
      .string()
      .trim()
      .maxLength(20)
      .regex(/^\+?[0-9][0-9 ()-]{5,18}$/)
      .nullable()
      .optional(),
    email: vine.string().trim().maxLength(254).email().nullable().optional(),
    opening_hours: vine.string().trim().maxLength(500).nullable().optional(),
    instagram_url: url().nullable().optional(),
    facebook_url: url().nullable().optional(),
    youtube_url: url().nullable().optional(),
    tiktok_url: url().nullable().optional(),
    remove_logo: flag(),
  })
)
