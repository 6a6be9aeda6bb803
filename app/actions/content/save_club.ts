import type { MultipartFile } from '@adonisjs/core/bodyparser'
import ClubSetting from '#models/club_setting'
import { withPhoto } from '#actions/content/photo_write'

export interface ClubInput {
  name: string
  description?: string | null
  address?: string | null
  wa_number?: string | null
  email?: string | null
  opening_hours?: string | null
  instagram_url?: string | null
  facebook_url?: string | null
  youtube_url?: string | null
  tiktok_url?: string | null
  remove_logo?: boolean
}

/**
 * Saves the club's identity (the one row, created on the first save); a
 * new logo replaces the old one's files
 */
export async function saveClub(input: ClubInput, logo: MultipartFile | null | undefined) {
  const row = (await ClubSetting.query().first()) ?? new ClubSetting()
  return withPhoto(
    {
      file: logo,
      folder: 'club',
      field: 'logo',
      current: row.logoKey ?? null,
      remove: input.remove_logo,
    },
    (logoKey) => {
      row.merge({
        name: input.name,
        description: input.description ?? null,
        address: input.address ?? null,
        waNumber: input.wa_number ?? null,
        email: input.email ?? null,
        openingHours: input.opening_hours ?? null,
        instagramUrl: input.instagram_url ?? null,
        facebookUrl: input.facebook_url ?? null,
        youtubeUrl: input.youtube_url ?? null,
        tiktokUrl: input.tiktok_url ?? null,
        logoKey,
      })
      return row.save()
    }
  )
}
