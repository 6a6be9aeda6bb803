import { BaseTransformer } from '@adonisjs/core/transformers'
import type Achievement from '#models/achievement'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import { photoUrls } from '#services/photos'
import { photoShape } from '#transformers/news_transformer'

const achievement = s.object({
  id: s.uuid(),
  type: s.enum(['member', 'club']),
  member: s.nullable(
    s.object({ id: s.uuid(), name: s.string() }, { description: 'For `member` achievements' })
  ),
  title: s.string({ example: 'Juara 1 Recurve U-12, Kejurda DKI' }),
  description: s.string(),
  date: s.date({ description: 'Public from this day on (club time)' }),
  photo: photoShape(),
})

/**
 * An achievement of the club or of a member: public, and the admin view
 * with its timestamps
 */
export default class AchievementTransformer extends BaseTransformer<Achievement> {
  static shapes: TransformerShapes<'toObject' | 'forAdmin'> = {
    toObject: { name: 'Achievement', schema: achievement },
    forAdmin: {
      name: 'AdminAchievement',
      schema: s.extend(achievement, {
        member_id: s.nullable(s.uuid()),
        created_at: s.dateTime(),
        updated_at: s.dateTime(),
      }),
    },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      type: row.type,
      member: row.memberId && row.member ? { id: row.member.id, name: row.member.name } : null,
      title: row.title,
      description: row.description,
      date: row.achievedOn.toISODate()!,
      photo: photoUrls(row.photoKey),
    }
  }

  forAdmin() {
    return {
      ...this.toObject(),
      member_id: this.resource.memberId,
      created_at: iso(this.resource.createdAt),
      updated_at: iso(this.resource.updatedAt),
    }
  }
}
