import { BaseEvent } from '@adonisjs/core/events'
import type Enrollment from '#models/enrollment'
import type User from '#models/user'

/**
 * enrollment:approved — the guardian is told (mail, and live when they have an account)
 */
export default class EnrollmentApproved extends BaseEvent {
  constructor(
    public enrollment: Enrollment,
    public actor: User | null = null,
    /**
     * The approval made the guardian's account: they are invited to set a password
     */
    public accountCreated = false
  ) {
    super()
  }
}
