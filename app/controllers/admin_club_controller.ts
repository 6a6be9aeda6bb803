import type { HttpContext } from '@adonisjs/core/http'
import ContentPolicy from '#policies/content_policy'
import { uploadMaxMb } from '#services/photos'
import { saveClub } from '#actions/content/save_club'
import { clubIdentity } from '#services/club_identity'
import { blanksAsNull } from '#services/form_input'
import { updateClubValidator } from '#validators/content'

const FIELDS = [
  'name',
  'description',
  'address',
  'wa_number',
  'email',
  'opening_hours',
  'instagram_url',
  'facebook_url',
  'youtube_url',
  'tiktok_url',
  'remove_logo',
]

/**
 * The club's identity, as the layout, the home page and mails show it
 */
export default class AdminClubController {
  async edit({ view, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const identity = await clubIdentity()
    const social = Object.fromEntries(identity.social_links.map((link) => [link.network, link.url]))
    return view.render('pages/admin/club/edit', { settings: { ...identity, social }, uploadMaxMb })
  }

  async update({ request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const input = await request.validateUsing(updateClubValidator, {
      data: blanksAsNull(request.only(FIELDS)),
    })
    await saveClub(input, request.file('logo'))
    session.flash('success', i18n.t('site.admin.club.saved'))
    return response.redirect().toRoute('admin.club.edit')
  }
}
