import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { DateTime } from 'luxon'
import Achievement, { type AchievementType } from '#models/achievement'
import DomainError from '#exceptions/domain_error'
import { deletePhoto } from '#services/photos'
import { withPhoto } from '#actions/content/photo_write'

export interface AchievementInput {
  type: AchievementType
  member_id?: string | null
  title: string
  description: string
  date: string
  remove_photo?: boolean
}

/**
 * A member achievement names its member; a club one names none
 */
function memberOf(type: AchievementType, memberId: string | null | undefined) {
  if (type === 'club') return null
  if (!memberId) throw DomainError.invalid('member_id', 'required_for_member')
  return memberId
}

export async function createAchievement(
  input: AchievementInput,
  photo: MultipartFile | null | undefined
) {
  const memberId = memberOf(input.type, input.member_id)
  return withPhoto({ file: photo, folder: 'achievements', current: null }, (photoKey) =>
    Achievement.create({
      type: input.type,
      memberId,
      title: input.title,
      description: input.description,
      achievedOn: DateTime.fromISO(input.date),
      photoKey,
    })
  )
}

export async function updateAchievement(
  achievement: Achievement,
  input: Partial<AchievementInput>,
  photo: MultipartFile | null | undefined
) {
  const type = input.type || achievement.type
  const memberId = memberOf(
    type,
    input.member_id !== undefined ? input.member_id : achievement.memberId
  )
  return withPhoto(
    {
      file: photo,
      folder: 'achievements',
      current: achievement.photoKey,
      remove: input.remove_photo,
    },
    (photoKey) => {
      achievement.type = type
      achievement.memberId = memberId
      if (input.title) achievement.title = input.title
      if (input.description) achievement.description = input.description
      if (input.date) achievement.achievedOn = DateTime.fromISO(input.date)
      achievement.photoKey = photoKey
      return achievement.save()
    }
  )
}

export async function deleteAchievement(achievement: Achievement) {
  const key = achievement.photoKey
  await achievement.delete()
  await deletePhoto(key)
}
