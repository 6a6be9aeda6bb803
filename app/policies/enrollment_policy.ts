import type User from '#models/user'
import type Enrollment from '#models/enrollment'
import AppPolicy from '#policies/base_policy'

/**
 * Applications from the public form. Staff read them (admins and coaches);
 * admins decide (through before()); the guardian's own account sees and
 * cancels its own. Controllers answer 404 when `view`/`cancel` deny a
 * guardian, so other families' applications stay invisible.
 */
export default class EnrollmentPolicy extends AppPolicy {
  viewList(user: User) {
    return this.isCoach(user)
  }

  view(user: User, enrollment: Enrollment) {
    return this.isCoach(user) || enrollment.isOwnedBy(user)
  }

  /**
   * Admins only (before())
   */
  decide(_user: User) {
    return false
  }

  cancel(user: User, enrollment: Enrollment) {
    return enrollment.isOwnedBy(user)
  }
}
