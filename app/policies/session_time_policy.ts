import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * Anyone signed in reads the named slots; admins manage them
 */
export default class SessionTimePolicy extends AppPolicy {
  viewAny(_user: User) {
    return true
  }

  manage(_user: User) {
    return false
  }
}
