import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Notification from '#models/notification'

/**
 * A notification is its reader's alone: nobody else reads or marks it,
 * admins included (so this policy does not extend AppPolicy, whose
 * before() lets admins through)
 */
export default class NotificationPolicy extends BasePolicy {
  view(user: User, notification: Notification) {
    return notification.userId === user.id
  }

  markRead(user: User, notification: Notification) {
    return notification.userId === user.id
  }
}
