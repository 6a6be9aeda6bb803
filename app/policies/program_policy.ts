import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * The catalogue is public to read (active programs); managing it, seeing
 * inactive programs and the statistics are for admins (through `before`).
 */
export default class ProgramPolicy extends AppPolicy {
  viewInactive(_user: User) {
    return false
  }

  manage(_user: User) {
    return false
  }

  viewStats(_user: User) {
    return false
  }
}
