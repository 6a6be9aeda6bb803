import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'

/**
 * An absolute link into the app for places outside a request (mails): the
 * route's path on APP_URL (or http://HOST:PORT when that is unset). Every
 * link in a mail comes from here.
 *
 *   appUrlFor('parent.bookings.index') // "http://localhost:3333/parent/bookings"
 *
 * Mails also leave from ace commands and from the dev server's seeding,
 * before the HTTP server commits the routes: every route is declared by
 * then (the preloads start/routes and start/transmit), so committing them
 * here is safe and the server's own commit becomes a no-op.
 */
export function appUrlFor(...args: Parameters<typeof urlFor>) {
  return new URL(appPathFor(...args), `${appUrl}/`).toString()
}

/**
 * The path of a route, also outside a request (a notification's link from
 * an ace command or a listener during seeding)
 */
export function appPathFor(...args: Parameters<typeof urlFor>) {
  if (!router.commited) router.commit()
  return urlFor(...args)
}
