import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import type User from '#models/user'
import {
  createCoach,
  createMember,
  createPackage,
  createParent,
  createProgram,
  createSession,
} from '#tests/fixtures'
import { MemberPackageFactory } from '#database/factories/member_package_factory'

/**
 * A club instant from a Jakarta wall-clock time
 */
export const jakarta = (value: string) => DateTime.fromISO(value, { zone: 'Asia/Jakarta' })

export function book(
  session: TrainingSession,
  member: Member,
  status: 'confirmed' | 'waitlisted' | 'cancelled' = 'confirmed',
  bookedAt = jakarta('2026-09-01T08:00')
) {
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    status,
    bookedAt,
    confirmedAt: status === 'confirmed' ? bookedAt : null,
    waitlistPosition: status === 'waitlisted' ? 1 : null,
    cancelledAt: status === 'cancelled' ? bookedAt : null,
  })
}

export function record(
  session: TrainingSession,
  member: Member,
  status: 'present' | 'late' | 'absent' | 'excused'
) {
  return Attendance.create({ trainingSessionId: session.id, memberId: member.id, status })
}

let registrations = 900_000

export async function enroll(
  member: Member,
  programId: string,
  status: 'pending' | 'approved' | 'rejected' | 'cancelled',
  createdAt: DateTime,
  decidedAt: DateTime | null = null
) {
  await db.table('enrollments').insert({
    registration_number: `REG-${createdAt.toFormat('yyyy-MM')}-${String(++registrations).padStart(6, '0')}`,
    program_id: programId,
    member_id: member.id,
    status,
    child_name: member.name,
    guardian_name: 'Wali',
    guardian_email: 'wali@example.test',
    guardian_phone: '+6281234567890',
    consent_text: 'ok',
    consent_at: createdAt.toJSDate(),
    decided_at: decidedAt?.toJSDate() ?? null,
    created_at: createdAt.toJSDate(),
    updated_at: createdAt.toJSDate(),
  })
}

export async function sell(member: Member, price: number, soldAt: DateTime, status = 'active') {
  const pkg = await createPackage({ price, sessionCount: 8 })
  const sold = await MemberPackageFactory.merge({
    memberId: member.id,
    packageId: pkg.id,
    totalSessions: 8,
    status: status as 'active',
  }).create()
  await db.from('member_packages').where('id', sold.id).update({ created_at: soldAt.toJSDate() })
  return sold
}

export interface SeptemberClub {
  coach: User
  otherCoach: User
  parent: User
  otherParent: User
  p1: { id: string }
  p2: { id: string }
  m1: Member
  m2: Member
  m3: Member
  m4: Member
  sessions: Record<'s1' | 's2' | 's3' | 's4' | 's5' | 'edge' | 'first', TrainingSession>
}

/**
 * September 2026 of a small club, every figure worked out by hand in
 * tests/functional/analytics/analytics.spec.ts (prices: P1 50 000,
 * P2 30 000 per session)
 */
export async function septemberClub(): Promise<SeptemberClub> {
  const coach = await createCoach({ name: 'Pelatih Satu' })
  const otherCoach = await createCoach({ name: 'Pelatih Dua' })
  const parent = await createParent()
  const otherParent = await createParent()
  const p1 = await createProgram({ name: 'Panahan A', pricePerSession: 50_000 })
  const p2 = await createProgram({ name: 'Panahan B', pricePerSession: 30_000 })
  const m1 = await createMember(parent, { name: 'Anak Satu' })
  const m2 = await createMember(parent, { name: 'Anak Dua' })
  const m3 = await createMember(otherParent, { name: 'Anak Tiga' })
  const m4 = await createMember(otherParent, { name: 'Anak Empat' })

  const session = (programId: string, at: string, extra: Record<string, unknown> = {}) =>
    createSession({ coach, programId, startsAt: jakarta(at), status: 'completed', ...extra })
  const sessions = {
    // 1 September 00:30 Jakarta is still 31 August in UTC: September
    first: await session(p1.id, '2026-09-01T00:30'),
    s1: await session(p1.id, '2026-09-05T10:00'),
    s2: await session(p2.id, '2026-09-12T10:00'),
    s3: await session(p1.id, '2026-09-20T10:00', { status: 'cancelled' }),
    // 30 September 23:00 Jakarta is 30 September 16:00 UTC: September
    edge: await session(p2.id, '2026-09-30T22:30', { minutes: 30 }),
    // 1 October 00:30 Jakarta: October, outside
    s4: await session(p1.id, '2026-10-01T00:30'),
    s5: await createSession({
      coach: otherCoach,
      programId: p1.id,
      startsAt: jakarta('2026-09-08T10:00'),
      status: 'completed',
    }),
  }

  await book(sessions.s1, m1)
  await book(sessions.s1, m2)
  await book(sessions.s1, m3)
  await book(sessions.s2, m1)
  await book(sessions.s2, m4, 'waitlisted')
  await book(sessions.s3, m1, 'cancelled')
  await book(sessions.edge, m2)
  await book(sessions.s4, m1, 'confirmed', DateTime.now())
  await book(sessions.s5, m3, 'confirmed', DateTime.now())

  await record(sessions.s1, m1, 'present')
  await record(sessions.s1, m2, 'late')
  await record(sessions.s1, m3, 'absent')
  await record(sessions.s2, m1, 'excused')
  await record(sessions.edge, m2, 'present')
  await record(sessions.s3, m1, 'present') // cancelled: never counted
  await record(sessions.s4, m1, 'present') // October
  await record(sessions.s5, m3, 'present') // the other coach

  await sell(m1, 200_000, jakarta('2026-09-10T09:00'))
  await sell(m2, 100_000, jakarta('2026-09-11T09:00'), 'cancelled')
  await sell(m3, 400_000, jakarta('2026-10-05T09:00'))
  await sell(m4, 70_000, jakarta('2026-08-31T23:30'))

  await enroll(m1, p1.id, 'approved', jakarta('2026-09-02T09:00'), jakarta('2026-09-03T09:00'))
  await enroll(m3, p1.id, 'pending', jakarta('2026-09-25T09:00'))
  await enroll(m4, p1.id, 'rejected', jakarta('2026-10-10T09:00'), jakarta('2026-10-11T09:00'))
  await enroll(m2, p2.id, 'approved', jakarta('2026-08-15T09:00'), DateTime.now())

  return { coach, otherCoach, parent, otherParent, p1, p2, m1, m2, m3, m4, sessions }
}
