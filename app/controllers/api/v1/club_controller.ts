import type { HttpContext } from '@adonisjs/core/http'
import ContentPolicy from '#policies/content_policy'
import { clubIdentity } from '#services/club_identity'
import { saveClub } from '#actions/content/save_club'
import { updateClubValidator } from '#validators/content'

/**
 * GET /api/v1/club (public) and PUT /api/v1/admin/club: the club's identity
 */
export default class ClubController {
  async show({ response }: HttpContext) {
    return response.success(await clubIdentity())
  }

  async update({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ContentPolicy).authorize('manage')
    const input = await request.validateUsing(updateClubValidator)
    await saveClub(input, request.file('logo'))
    return response.success(await clubIdentity(), { message: 'api.club_updated' })
  }
}
