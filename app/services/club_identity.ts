import ClubSetting from '#models/club_setting'
import { photoUrls } from '#services/photos'

export const SOCIAL_NETWORKS = ['instagram', 'facebook', 'youtube', 'tiktok'] as const
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number]

/**
 * The club as pages, mails and GET /club show it: the admin's settings
 * (club_settings) or, before an admin saved any, the defaults
 */
export interface ClubIdentity {
  name: string
  description: string | null
  logo: { url: string; thumb_url: string } | null
  address: string | null
  wa_number: string | null
  wa_link: string | null
  email: string | null
  opening_hours: string | null
  social_links: { network: SocialNetwork; url: string }[]
}

export const DEFAULT_CLUB_NAME = 'Latih'

export function identityOf(row: ClubSetting | null): ClubIdentity {
  const social = row
    ? SOCIAL_NETWORKS.flatMap((network) => {
        const url = row[`${network}Url`]
        return url ? [{ network, url }] : []
      })
    : []
  return {
    name: row?.name ?? DEFAULT_CLUB_NAME,
    description: row?.description ?? null,
    logo: photoUrls(row?.logoKey),
    address: row?.address ?? null,
    wa_number: row?.waNumber ?? null,
    wa_link: row?.waNumber ? `https://wa.me/${row.waNumber.replace(/\D/g, '')}` : null,
    email: row?.email ?? null,
    opening_hours: row?.openingHours ?? null,
    social_links: social,
  }
}

export async function clubSettings() {
  return ClubSetting.query().first()
}

/**
 * One small query: read on every page request (no per-instance cache, so
 * every instance shows an admin's change at once)
 */
export async function clubIdentity(): Promise<ClubIdentity> {
  return identityOf(await clubSettings())
}
