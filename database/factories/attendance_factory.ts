import { DateTime } from 'luxon'
import factory from '@adonisjs/lucid/factories'
import Attendance from '#models/attendance'
import { BookingFactory } from '#database/factories/booking_factory'
import { MemberFactory } from '#database/factories/member_factory'
import { TrainingSessionFactory } from '#database/factories/training_session_factory'

/**
 * Attendance rows for tests, written as they are (no credit is consumed:
 * that is recordAttendance's job)
 */
export const AttendanceFactory = factory
  .define(Attendance, () => ({
    status: 'present' as const,
    notes: null,
    feedback: null,
    validatedAt: DateTime.now(),
  }))
  .relation('member', () => MemberFactory)
  .relation('booking', () => BookingFactory)
  .relation('trainingSession', () => TrainingSessionFactory)
  .state('absent', (row) => {
    row.status = 'absent'
  })
  .state('excused', (row) => {
    row.status = 'excused'
  })
  .state('late', (row) => {
    row.status = 'late'
  })
  .build()
