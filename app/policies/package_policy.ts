import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * The catalogue is public; creating, editing and assigning packages is
 * for admins (who pass through `before`).
 */
export default class PackagePolicy extends AppPolicy {
  manage(_user: User) {
    return false
  }

  assign(_user: User) {
    return false
  }
}
