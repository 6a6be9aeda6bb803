import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'

/**
 * Every Latih policy extends this one: admins may do everything, and the
 * role helpers keep the individual rules readable.
 */
export default class AppPolicy extends BasePolicy {
  before(user: User | null) {
    if (user?.role === 'admin' && user.status === 'active') {
      return true
    }
  }

  protected isCoach(user: User | null) {
    return user?.role === 'coach'
  }

  protected isMember(user: User | null) {
    return user?.role === 'member'
  }
}
