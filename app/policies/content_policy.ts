import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * The club's site: news, achievements and the club's identity are read by
 * everyone (published only); writing them is for admins (who pass through
 * `before`).
 */
export default class ContentPolicy extends AppPolicy {
  manage(_user: User) {
    return false
  }
}
