import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { unreadNotificationCount } from '#queries/notifications/list_notifications'

/**
 * Pages of a signed-in person show how many of their notifications are
 * unread (partials/notifications_link.edge): one indexed count per page
 * request, none for the API and the live event stream
 */
export default class ShareNotificationCountMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    const url = ctx.request.url()
    if (
      user &&
      ctx.request.method() === 'GET' &&
      !url.startsWith('/api/') &&
      !url.startsWith('/__transmit/')
    ) {
      ctx.view.share({ unreadNotificationCount: await unreadNotificationCount(user.id) })
    }
    return next()
  }
}
