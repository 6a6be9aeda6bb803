import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { clubIdentity } from '#services/club_identity'

/**
 * Pages show the club's own name, logo and contacts (layout, header,
 * footer, titles): one small query per page request, none for the API,
 * the live event stream and media files
 */
export default class ShareClubMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const url = ctx.request.url()
    if (!url.startsWith('/api/') && !url.startsWith('/__transmit/') && !url.startsWith('/media/')) {
      ctx.view.share({ club: await clubIdentity() })
    }
    return next()
  }
}
