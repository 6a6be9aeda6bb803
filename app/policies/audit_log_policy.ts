import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * The audit trail is read by admins only (they pass through `before`)
 */
export default class AuditLogPolicy extends AppPolicy {
  viewAny(_user: User) {
    return false
  }
}
