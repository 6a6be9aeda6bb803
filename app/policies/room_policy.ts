import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * Staff read rooms (coaches pick them); admins manage them
 */
export default class RoomPolicy extends AppPolicy {
  viewAny(user: User) {
    return this.isCoach(user)
  }

  manage(_user: User) {
    return false
  }
}
