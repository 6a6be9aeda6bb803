import { BaseEvent } from '@adonisjs/core/events'
import type Enrollment from '#models/enrollment'
import type User from '#models/user'

/**
 * enrollment:created — the guardian is told (mail, and live when they have an account)
 */
export default class EnrollmentCreated extends BaseEvent {
  constructor(
    public enrollment: Enrollment,
    public actor: User | null = null
  ) {
    super()
  }
}
