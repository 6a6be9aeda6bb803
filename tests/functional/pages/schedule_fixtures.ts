import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import Program from '#models/program'
import Room from '#models/room'
import SessionTime from '#models/session_time'
import TrainingSession from '#models/training_session'
import type User from '#models/user'
import { createUser } from './helpers.js'

/**
 * Builders for the schedule page specs, written straight to the database
 */

export const short = () => randomUUID().slice(0, 6)

export function makeCoach(merge: Record<string, unknown> = {}) {
  return createUser('coach', merge)
}

export function makeProgram(merge: Partial<Program> = {}) {
  return Program.create({
    name: `Panahan ${short()}`,
    code: `PRG-${short()}`,
    description: null,
    category: 'Panahan',
    level: 'beginner',
    sessionMinutes: 90,
    durationHours: null,
    pricePerSession: 150000,
    maxStudents: 8,
    imageUrl: null,
    status: 'active',
    ...merge,
  })
}

export function makeRoom(merge: Partial<Room> = {}) {
  return Room.create({ name: `Lapangan ${short()}`, capacity: 12, description: null, ...merge })
}

export function makeSlot(startTime: string, endTime: string, label = `Slot ${short()}`) {
  return SessionTime.create({ label, startTime, endTime })
}

/**
 * A local date (club time zone) `days` from today
 */
export function localDate(days: number) {
  return DateTime.now().setZone(timezone).plus({ days }).toISODate()!
}

/**
 * A session on a local date and time, one hour long by default
 */
export function makeSession(
  coach: User,
  merge: Partial<TrainingSession> & { date?: string; time?: string; minutes?: number } = {}
) {
  const { date, time, minutes, ...columns } = merge
  const startsAt = DateTime.fromISO(`${date ?? localDate(1)}T${time ?? '10:00'}`, {
    zone: timezone,
  })
  return TrainingSession.create({
    kind: 'training',
    title: `Latihan ${short()}`,
    coachId: coach.id,
    startsAt,
    endsAt: startsAt.plus({ minutes: minutes ?? 60 }),
    capacity: 10,
    bookedCount: 0,
    status: 'scheduled',
    delivery: 'onsite',
    audience: 'public',
    waitlistEnabled: false,
    seriesId: null,
    ...columns,
  })
}

/**
 * The flashed field errors of a redirect
 */
export function flashedErrors(flash: Record<string, any>): Record<string, string[]> {
  return flash.inputErrorsBag ?? {}
}
