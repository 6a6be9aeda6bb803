import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * Managing accounts is for admins only (they pass through `before`).
 */
export default class UserPolicy extends AppPolicy {
  viewAny(_user: User) {
    return false
  }

  manage(_user: User) {
    return false
  }
}
