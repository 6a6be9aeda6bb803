import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf, queryOf } from '../validators.js'
import {
  listNotificationsValidator,
  markNotificationsReadValidator,
} from '#validators/notification'

/**
 * What the club told the signed-in account; the same notifications arrive
 * live on the Transmit channel users/<id>
 */

const notifications = ['notifications']

export const tags: ApiArea['tags'] = [
  {
    name: 'notifications',
    description: [
      'What the club told the signed-in account: a member approved, a booking confirmed or',
      'waitlisted, a seat from the waitlist, a cancelled session. Each is stored, so it waits',
      'for a reader who was offline; the same object arrives live as `notification` in the',
      'messages of the Transmit channel `users/<id>`. `text` is in the request language.',
      'Nobody reads or marks another account’s notifications (a 404). They are kept, not pruned.',
    ].join(' '),
  },
]

export const schemas: ApiArea['schemas'] = {
  NotificationsMarked: s.object({
    marked: s.integer({ minimum: 0, description: 'How many were unread and are read now' }),
    unread_count: s.integer({ minimum: 0, description: 'Unread ones left' }),
  }),
}

export const paths: ApiArea['paths'] = {
  '/notifications': {
    get: op({
      summary: 'My notifications',
      description:
        'Newest first. `unread=true` lists only the unread ones, `unread=false` the read ones.',
      tags: notifications,
      list: true,
      query: queryOf(listNotificationsValidator, { list: true }),
      response: s.ref('Notification'),
    }),
  },
  '/notifications/read': {
    post: op({
      summary: 'Mark my notifications as read',
      description:
        'Every unread one without `ids`; with `ids` only those (ids of other accounts are ignored).',
      tags: notifications,
      body: bodyOf(markNotificationsReadValidator),
      response: s.ref('NotificationsMarked'),
    }),
  },
  '/notifications/{id}/read': {
    post: op({
      summary: 'Mark one notification as read',
      description: 'Already read: it keeps its `read_at`. Another account’s notification is a 404.',
      tags: notifications,
      response: s.ref('Notification'),
      errors: [{ status: 404, codes: ['NOTIFICATION_NOT_FOUND'] }],
    }),
  },
}
