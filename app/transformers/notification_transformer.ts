import { BaseTransformer } from '@adonisjs/core/transformers'
import { appPathFor } from '#services/app_url'
import type { I18n } from '@adonisjs/i18n'
import { NOTIFICATION_TYPES, type NotificationType } from '#models/notification'
import type Notification from '#models/notification'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

/**
 * The portal page a notification is about
 */
function linkOf(type: NotificationType) {
  return type === 'member_approved' || type === 'member_rejected' || type.startsWith('enrollment_')
    ? appPathFor('parent.children.index')
    : appPathFor('parent.bookings.index')
}

/**
 * One notification for its reader: the text in the reader's language
 * (translated now from its type and params, so a language switch changes
 * it), the page it is about, and whether it was read. The same shape goes
 * out live on users/<id>, on GET /api/v1/notifications and to the pages.
 * The second argument of transform() is the reader's i18n.
 */
export default class NotificationTransformer extends BaseTransformer<Notification> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: {
      name: 'Notification',
      schema: s.object({
        id: s.uuid(),
        type: s.enum(NOTIFICATION_TYPES),
        text: s.string({
          description: "In the request's language",
          example: 'Sari sudah disetujui dan dapat memesan sesi.',
        }),
        link: s.string({
          description: 'Path of the portal page it is about',
          example: '/parent/bookings',
        }),
        read: s.boolean(),
        read_at: s.nullable(s.dateTime()),
        created_at: s.dateTime(),
        member_id: s.nullable(s.uuid()),
        booking_id: s.nullable(s.uuid()),
        training_session_id: s.nullable(s.uuid()),
      }),
    },
  }

  constructor(
    resource: Notification,
    protected i18n: I18n
  ) {
    super(resource)
  }

  toObject() {
    const notification = this.resource
    return {
      id: notification.id,
      type: notification.type,
      text: this.i18n.t(`notifications.types.${notification.type}`, notification.params),
      link: linkOf(notification.type),
      read: notification.readAt !== null,
      read_at: iso(notification.readAt),
      created_at: iso(notification.createdAt),
      member_id: notification.data.member_id ?? null,
      booking_id: notification.data.booking_id ?? null,
      training_session_id: notification.data.training_session_id ?? null,
    }
  }
}
