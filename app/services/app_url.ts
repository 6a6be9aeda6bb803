import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'

/**
 * An absolute link into the app for places outside a request (mails): the
 * route's path on APP_URL (or http://HOST:PORT when that is unset). Every
 * link in a mail comes from here.
 *
 *   appUrlFor('parent.bookings.index') // "http://localhost:3333/parent/bookings"
 */
export function appUrlFor(...args: Parameters<typeof urlFor>) {
  return new URL(urlFor(...args), `${appUrl}/`).toString()
}
