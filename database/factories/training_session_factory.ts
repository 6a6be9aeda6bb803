import { DateTime } from 'luxon'
import factory from '@adonisjs/lucid/factories'
import TrainingSession from '#models/training_session'
import { UserFactory } from '#database/factories/user_factory'
import { ProgramFactory } from '#database/factories/program_factory'
import { RoomFactory } from '#database/factories/room_factory'

/**
 * Sessions for tests: tomorrow 09:00–10:30 UTC-ish, scheduled, onsite.
 * Merge coachId (or use `.with('coach', 1, (coach) => coach.apply('coach'))`)
 * and times as needed.
 */
export const TrainingSessionFactory = factory
  .define(TrainingSession, ({ faker }) => {
    const startsAt = DateTime.now().plus({ days: 1 }).startOf('hour')
    return {
      kind: 'training' as const,
      title: `Latihan ${faker.string.alpha(6)}`,
      description: null,
      programId: null,
      roomId: null,
      sessionTimeId: null,
      seriesId: null,
      startsAt,
      endsAt: startsAt.plus({ minutes: 90 }),
      capacity: 10,
      bookedCount: 0,
      status: 'scheduled' as const,
      delivery: 'onsite' as const,
      location: null,
      meetingUrl: null,
      meetingPlatform: null,
      meetingPassword: null,
      audience: 'public' as const,
      classification: null,
      stage: null,
      region: null,
      waitlistEnabled: false,
      actualStartedAt: null,
      actualEndedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      createdBy: null,
    }
  })
  .relation('coach', () => UserFactory)
  .relation('program', () => ProgramFactory)
  .relation('room', () => RoomFactory)
  .state('open', (session) => {
    session.status = 'open'
  })
  .state('waitlist', (session) => {
    session.waitlistEnabled = true
  })
  .state('cancelled', (session) => {
    session.status = 'cancelled'
    session.cancelledAt = DateTime.now()
  })
  .state('online', (session) => {
    session.delivery = 'online'
    session.meetingUrl = 'https://meet.example.test/latih'
    session.meetingPlatform = 'meet'
    session.meetingPassword = 'rahasia'
  })
  .build()
