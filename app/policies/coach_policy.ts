import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * Coach accounts are managed by admins; a coach sees their own dashboard
 */
export default class CoachPolicy extends AppPolicy {
  manage(_user: User) {
    return false
  }

  viewDashboard(user: User) {
    return this.isCoach(user) && user.isActive
  }
}
